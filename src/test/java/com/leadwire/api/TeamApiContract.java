package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.TeamPasswords;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OwnTeamMembers;
import com.leadwire.testsupport.PanelLogin;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;

/** The team through {@code /api/v1/team}, over real HTTP, and the invite link in the panel. Run on H2 and on MariaDB. */
abstract class TeamApiContract extends IntegrationTestSupport {

    /** What the panel's invite page calls with the token of its address. */
    @Autowired
    TeamPasswords passwords;

    private final OwnTeamMembers own = new OwnTeamMembers();

    @AfterEach
    void retireOwnMembers() {
        own.retire(jdbc);
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private static String member(String username, String role, String password) {
        return """
                {"username": "%s", "name": "Pessoa %s", "email": null, "role": "%s", "password": %s}"""
                .formatted(username, username, role, password == null ? "null" : "\"" + password + "\"");
    }

    private JsonNode created(String body) {
        HttpResponse<String> response = api().postJson("/api/v1/team", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode member = TestDeals.read(response);
        own.add(member.get("id").asLong());
        return member;
    }

    private JsonNode newRep(String password) {
        return created(member(Unique.key("rep"), "REP", password));
    }

    private static void refused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).as(response.headers().toString()).isTrue();
        if (field != null) {
            assertThat(TestDeals.read(response).get("field").asText()).isEqualTo(field);
        }
    }

    /** The panel path of an invite URL: /invite/ and the token. */
    private static String path(JsonNode invite) {
        String url = invite.get("url").asText();
        return url.substring(url.indexOf("/invite/"));
    }

    @Test
    void createsListsAndReadsAMemberWithAPassword() {
        String username = Unique.key("ana");
        JsonNode rep = created("""
                {"username": "%s", "name": "Ana Teste", "email": "%s", "role": "REP", "password": "uma-senha-longa"}"""
                .formatted(username, Unique.email("ana")));
        long id = rep.get("id").asLong();

        assertThat(rep.get("username").asText()).isEqualTo(username);
        assertThat(rep.get("name").asText()).isEqualTo("Ana Teste");
        assertThat(rep.get("role").asText()).isEqualTo("REP");
        assertThat(rep.get("active").asBoolean()).isTrue();
        assertThat(rep.get("hasPassword").asBoolean()).isTrue();
        assertThat(rep.get("telegramLinked").asBoolean()).isFalse();
        assertThat(rep.has("invite")).isFalse();
        assertThat(rep.toString()).doesNotContain("uma-senha-longa");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id))
                .startsWith("{bcrypt}").doesNotContain("uma-senha-longa");

        assertThat(TestDeals.read(api().get("/api/v1/team/" + id)).get("username").asText()).isEqualTo(username);
        assertThat(TestDeals.read(api().get("/api/v1/team"))).anySatisfy(listed -> assertThat(listed.get("id").asLong()).isEqualTo(id));
        assertThat(PanelLogin.succeeded(PanelLogin.attempt(baseUrl(), username, "uma-senha-longa"))).isTrue();
        assertThat(audited(id)).containsExactly("api:initial team.member-added '" + username + "' as REP, with a password");
    }

    @Test
    void refusesATakenUsernameABadRoleAnUnknownIdAndAWeakPassword() {
        JsonNode rep = newRep("uma-senha-longa");
        String taken = rep.get("username").asText();

        refused(api().postJson("/api/v1/team", member(taken.toUpperCase(), "REP", null)), 409, null);
        refused(api().postJson("/api/v1/team", member(Unique.key("chefe"), "BOSS", null)), 400, "role");
        refused(api().postJson("/api/v1/team", member(Unique.key("fraca"), "REP", "curta")), 422, "password");
        refused(api().postJson("/api/v1/team", member("tem espaço", "REP", null)), 422, "username");
        refused(api().postJson("/api/v1/team", member(Unique.key("x"), "REP", null).replace("\"email\": null",
                "\"email\": \"sem-arroba\"")), 422, "email");
        refused(api().postJson("/api/v1/team", member(Unique.key("x"), "REP", null).replace("}", ", \"nick\": \"x\"}")), 422, "nick");
        refused(api().get("/api/v1/team/987654321"), 404, null);
        refused(api().put("/api/v1/team/" + rep.get("id").asLong() + "/password", "{\"password\": \"123456789\"}"), 422, "password");
        refused(new Http(baseUrl()).get("/api/v1/team"), 401, null);
    }

    @Test
    void anInviteLinkSetsThePasswordOnceAndThenTheMemberLogsIn() {
        JsonNode rep = newRep(null);
        String username = rep.get("username").asText();
        assertThat(rep.get("hasPassword").asBoolean()).isFalse();
        JsonNode invite = rep.get("invite");
        assertThat(invite.get("url").asText()).startsWith(baseUrl() + "/invite/");
        assertThat(invite.get("expiresAt").asText()).isNotBlank();
        String token = path(invite).substring("/invite/".length());
        assertThat(count("SELECT COUNT(*) FROM team_invite WHERE token_hash = ?", token)).as("stored hashed").isZero();

        assertThat(new Http(baseUrl()).get(path(invite)).statusCode()).as("reachable without a login").isEqualTo(200);
        assertThat(PanelLogin.attempt(baseUrl(), username, "minha-senha-nova")).endsWith("/login?error");
        acceptInvite(token, "minha-senha-nova");

        assertThat(PanelLogin.succeeded(PanelLogin.attempt(baseUrl(), username, "minha-senha-nova"))).isTrue();
        assertThat(TestDeals.read(api().get("/api/v1/team/" + rep.get("id").asLong())).get("hasPassword").asBoolean()).isTrue();
        assertThat(acceptInviteRefused(token, "outra-senha-nova")).as("a link works once").isTrue();
        assertThat(PanelLogin.succeeded(PanelLogin.attempt(baseUrl(), username, "outra-senha-nova"))).isFalse();
    }

    @Test
    void aNewLinkReplacesTheOldOneAndAnAdminCanSetThePassword() {
        JsonNode rep = newRep(null);
        long id = rep.get("id").asLong();
        String first = path(rep.get("invite")).substring("/invite/".length());
        HttpResponse<String> again = api().postJson("/api/v1/team/" + id + "/invite", "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        String second = path(TestDeals.read(again)).substring("/invite/".length());

        assertThat(acceptInviteRefused(first, "senha-do-primeiro")).isTrue();
        acceptInvite(second, "senha-do-segundo");

        HttpResponse<String> set = api().put("/api/v1/team/" + id + "/password", "{\"password\": \"senha-do-admin-1\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(PanelLogin.succeeded(PanelLogin.attempt(baseUrl(), rep.get("username").asText(), "senha-do-admin-1"))).isTrue();
        assertThat(audited(id)).hasSize(3).noneMatch(entry -> entry.contains("senha"))
                .anyMatch(entry -> entry.contains("team.password-link-created")).last().asString().contains("team.password-set");
    }

    @Test
    void deactivatingHandsTheOpenDealsToAnotherRepWithHistoryAndReactivatingLetsThemBack() {
        TestDeals deals = new TestDeals(baseUrl());
        JsonNode leaving = newRep("uma-senha-longa");
        JsonNode staying = newRep(null);
        long leavingId = leaving.get("id").asLong();
        long open = deals.newDeal(Unique.email("aberto"), "Aberto");
        long won = deals.newDeal(Unique.email("ganho"), "Ganho");
        for (long deal : new long[] {open, won}) {
            assertThat(api().put("/api/v1/deals/" + deal + "/responsible", "{\"userId\": " + leavingId + "}").statusCode()).isEqualTo(200);
        }
        assertThat(api().postJson("/api/v1/deals/" + won + "/won", "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> unasked = api().postJson("/api/v1/team/" + leavingId + "/deactivate", "");
        refused(unasked, 409, null);
        assertThat(TestDeals.read(unasked).get("detail").asText()).contains("1 open deals");
        refused(api().postJson("/api/v1/team/" + leavingId + "/deactivate", "{\"reassignTo\": " + leavingId + "}"), 422, "reassignTo");
        assertThat(TestDeals.read(api().get("/api/v1/team/" + leavingId)).get("active").asBoolean()).isTrue();

        HttpResponse<String> deactivated = api().postJson("/api/v1/team/" + leavingId + "/deactivate",
                "{\"reassignTo\": " + staying.get("id").asLong() + "}");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(TestDeals.read(deactivated).get("active").asBoolean()).isFalse();
        assertThat(responsible(open)).isEqualTo(staying.get("id").asLong());
        assertThat(responsible(won)).as("a closed deal stays with who won it").isEqualTo(leavingId);
        assertThat(jdbc.queryForList("SELECT new_value FROM deal_change WHERE deal_id = ? AND what = 'responsible' ORDER BY id",
                String.class, open)).containsExactly(leaving.get("name").asText(), staying.get("name").asText());
        assertThat(jdbc.queryForObject("SELECT actor FROM deal_change WHERE deal_id = ? AND what = 'responsible' ORDER BY id DESC "
                + "LIMIT 1", String.class, open)).startsWith("api:");
        assertThat(PanelLogin.attempt(baseUrl(), leaving.get("username").asText(), "uma-senha-longa")).endsWith("/login?error");

        HttpResponse<String> reactivated = api().postJson("/api/v1/team/" + leavingId + "/reactivate", "");
        assertThat(TestDeals.read(reactivated).get("active").asBoolean()).isTrue();
        assertThat(PanelLogin.succeeded(PanelLogin.attempt(baseUrl(), leaving.get("username").asText(), "uma-senha-longa"))).isTrue();
        assertThat(audited(leavingId)).hasSize(3).element(1).asString().contains("team.member-deactivated")
                .endsWith("1 open deals to user " + staying.get("id").asLong());
        assertThat(audited(leavingId).get(2)).contains("team.member-reactivated");
    }

    @Test
    void deactivatingWithReassignToNullLeavesTheOpenDealsWithNobody() {
        TestDeals deals = new TestDeals(baseUrl());
        long leavingId = newRep(null).get("id").asLong();
        long open = deals.newDeal(Unique.email("solto"), "Solto");
        api().put("/api/v1/deals/" + open + "/responsible", "{\"userId\": " + leavingId + "}");

        HttpResponse<String> deactivated = api().postJson("/api/v1/team/" + leavingId + "/deactivate", "{\"reassignTo\": null}");

        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT responsible_user_id FROM deal WHERE id = ?", Long.class, open)).isNull();
    }

    @Test
    void theRoleChangesButTheLastAdminStays() {
        JsonNode rep = newRep(null);
        long id = rep.get("id").asLong();
        HttpResponse<String> promoted = api().put("/api/v1/team/" + id + "/role", "{\"role\": \"ADMIN\"}");
        assertThat(TestDeals.read(promoted).get("role").asText()).isEqualTo("ADMIN");
        HttpResponse<String> demoted = api().put("/api/v1/team/" + id + "/role", "{\"role\": \"REP\"}");
        assertThat(TestDeals.read(demoted).get("role").asText()).isEqualTo("REP");
        refused(api().put("/api/v1/team/" + id + "/role", "{\"role\": \"OWNER\"}"), 400, "role");
        assertThat(audited(id)).hasSize(3).element(1).asString().endsWith("team.role-changed '" + rep.get("username").asText()
                + "': REP → ADMIN");
    }

    @Test
    void onlyAKeyWithTheAdminScopeManagesTheTeam() {
        JsonNode key = TestDeals.read(api().postJson("/api/v1/api-keys", "{\"name\": \"" + Unique.key("team-write")
                + "\", \"scope\": \"write\"}"));
        try {
            Http write = new Http(baseUrl()).header("X-Api-Key", key.get("key").asText());
            refused(write.get("/api/v1/team"), 403, null);
            refused(write.postJson("/api/v1/team", member(Unique.key("escopo"), "ADMIN", "senha-de-quem-nao-pode")), 403, null);
        } finally {
            api().postJson("/api/v1/api-keys/" + key.get("id").asLong() + "/revoke", "");
        }
    }

    @Test
    void theTeamEndpointsAreDescribedInOpenApi() {
        JsonNode paths = TestDeals.read(new Http(baseUrl()).get("/v3/api-docs")).get("paths");

        assertThat(paths.path("/api/v1/team").has("get")).isTrue();
        assertThat(paths.at("/~1api~1v1~1team/post/description").asText()).contains("409").contains("invite");
        assertThat(paths.path("/api/v1/team/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/team/{id}/invite").has("post")).isTrue();
        assertThat(paths.path("/api/v1/team/{id}/password").has("put")).isTrue();
        assertThat(paths.path("/api/v1/team/{id}/role").has("put")).isTrue();
        assertThat(paths.at("/~1api~1v1~1team~1{id}~1deactivate/post/description").asText()).contains("reassignTo");
        assertThat(paths.path("/api/v1/team/{id}/reactivate").has("post")).isTrue();
    }

    /** The member's audit entries, oldest first: actor, action and detail. */
    private List<String> audited(long memberId) {
        return jdbc.queryForList("SELECT CONCAT(actor, ' ', action, ' ', detail) FROM audit_entry WHERE subject = ? ORDER BY recorded_at, id",
                String.class, "user:" + memberId);
    }

    private Long responsible(long dealId) {
        return jdbc.queryForObject("SELECT responsible_user_id FROM deal WHERE id = ?", Long.class, dealId);
    }

    private void acceptInvite(String token, String password) {
        passwords.acceptInvite(token, password);
    }

    private boolean acceptInviteRefused(String token, String password) {
        try {
            passwords.acceptInvite(token, password);
            return false;
        } catch (NotFoundException refused) {
            return true;
        }
    }
}
