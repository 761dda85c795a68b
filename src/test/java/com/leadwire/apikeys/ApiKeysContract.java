package com.leadwire.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * API keys through the real API: scopes (read, write, admin) and the 403 that names the scope a
 * call needs, creation with the key answered once, revocation reaching every node within 5 s, the
 * last use written by a flush and not by each request, and the audit of every change. Every key
 * made here is revoked at the end. Run on H2 and MariaDB.
 */
abstract class ApiKeysContract extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The promise: a key revoked on any node is refused on every node within this. */
    private static final Duration REVOCATION_REACHES_EVERY_NODE = Duration.ofSeconds(5);

    @Autowired
    LastUses lastUses;
    @Autowired
    Clock clock;
    @Autowired
    Team team;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void revokeOwnKeys() {
        if (created.isEmpty()) {
            return;
        }
        jdbc.update("UPDATE api_key SET active = FALSE, revoked_at = COALESCE(revoked_at, CURRENT_TIMESTAMP) WHERE id IN ("
                + String.join(",", created.stream().map(String::valueOf).toList()) + ")");
        created.clear();
    }

    @Test
    void aReadKeyReadsButCannotChangeAnythingAndIsToldWhichScopeItNeeds() {
        Http read = withKey(newKey("read", null).get("key").asText());

        assertThat(read.get("/api/v1/pipelines").statusCode()).isEqualTo(200);
        String email = Unique.email("read");
        HttpResponse<String> post = read.postJson("/api/v1/deals", ApiClient.dealJson(null, email, "Read Only", null));
        assertRefusedFor(post, "write", "read");
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
        assertRefusedFor(read.get("/api/v1/api-keys"), "admin", "read");
    }

    @Test
    void aWriteKeyChangesDataButCannotManageKeysTheTeamRulesOrReadTheAudit() {
        Http write = withKey(newKey("write", null).get("key").asText());

        HttpResponse<String> deal = write.postJson("/api/v1/deals", ApiClient.dealJson(null, Unique.email("write"), "Write", null));
        assertThat(deal.statusCode()).as(deal.body()).isEqualTo(201);
        assertRefusedFor(write.get("/api/v1/api-keys"), "admin", "write");
        assertRefusedFor(write.postJson("/api/v1/api-keys", "{\"name\": \"mine\", \"scope\": \"admin\"}"), "admin", "write");
        assertRefusedFor(write.get("/api/v1/audit"), "admin", "write");
        assertRefusedFor(write.get("/api/v1/rules"), "admin", "write");
        assertRefusedFor(write.postJson("/api/v1/team/1/telegram-link-code", ""), "admin", "write");
        assertRefusedFor(write.postJson("/api/v1/sources/1/secret", ""), "admin", "write");
    }

    @Test
    void anAdminKeyManagesKeysAndTheInitialKeyFromTheEnvironmentIsAnAdminKey() {
        Http admin = withKey(newKey("admin", null).get("key").asText());

        assertThat(admin.get("/api/v1/api-keys").statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/audit").statusCode()).isEqualTo(200);
        JsonNode initial = listed("initial");
        assertThat(initial.get("scope").asText()).isEqualTo("admin");
        assertThat(initial.get("revoked").asBoolean()).isFalse();
        assertThat(api().get("/api/v1/rules").statusCode()).as("LEADWIRE_API_KEY").isEqualTo(200);
    }

    @Test
    void aNewKeyIsAnsweredOnceListedWithoutItAndItsCreationAudited() throws Exception {
        JsonNode key = newKey("read", null);
        String raw = key.get("key").asText();

        assertThat(raw).startsWith("lw_").startsWith(key.get("prefix").asText());
        JsonNode listed = listed(key.get("name").asText());
        assertThat(listed.get("scope").asText()).isEqualTo("read");
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.get("lastUsedAt").isNull()).isTrue();
        assertThat(api().get("/api/v1/api-keys").body()).doesNotContain(raw);
        assertThat(count("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", ApiKeys.sha256(raw))).isOne();

        JsonNode audited = page("/api/v1/audit?action=api-key.created&size=50").get("items").get(0);
        assertThat(audited.get("subject").asText()).isEqualTo("api-key:" + key.get("id").asLong());
        assertThat(audited.get("actor").asText()).isEqualTo("api:initial");
        assertThat(audited.get("detail").asText()).contains(key.get("name").asText(), "read").doesNotContain(raw);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceHereAndTheRevocationIsAudited() throws Exception {
        JsonNode key = newKey("write", null);
        Http client = withKey(key.get("key").asText());
        assertThat(client.get("/api/v1/pipelines").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = api().postJson("/api/v1/api-keys/" + key.get("id").asLong() + "/revoke", "");

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("revoked").asBoolean()).isTrue();
        assertThat(client.get("/api/v1/pipelines").statusCode()).isEqualTo(401);
        HttpResponse<String> again = api().postJson("/api/v1/api-keys/" + key.get("id").asLong() + "/revoke", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ApiClient.isProblem(again)).isTrue();
        JsonNode audited = page("/api/v1/audit?action=api-key.revoked&size=1").get("items").get(0);
        assertThat(audited.get("subject").asText()).isEqualTo("api-key:" + key.get("id").asLong());
    }

    /** Another node revokes the key in the shared database: this node refuses it within 5 s, without being told. */
    @Test
    void aKeyRevokedByAnotherNodeIsRefusedHereWithinFiveSeconds() {
        JsonNode key = newKey("read", null);
        Http client = withKey(key.get("key").asText());
        assertThat(client.get("/api/v1/pipelines").statusCode()).isEqualTo(200);

        Instant revokedAt = Instant.now();
        jdbc.update("UPDATE api_key SET active = FALSE, revoked_at = ? WHERE id = ?", Timestamp.from(revokedAt), key.get("id").asLong());

        await().atMost(REVOCATION_REACHES_EVERY_NODE).pollInterval(Duration.ofMillis(100))
                .until(() -> client.get("/api/v1/pipelines").statusCode() == 401);
    }

    @Test
    void theLastUseIsWrittenByAFlushOnceForManyRequestsAndNotByTheRequests() {
        JsonNode key = newKey("read", null);
        long id = key.get("id").asLong();
        Http client = withKey(key.get("key").asText());
        // the app's clock: other tests move the shared test clock forward
        Instant before = clock.instant().minusSeconds(1);

        for (int i = 0; i < 20; i++) {
            assertThat(client.get("/api/v1/pipelines").statusCode()).isEqualTo(200);
        }
        assertThat(lastUsed(id)).as("not written by a request").isNull();

        assertThat(lastUses.flush()).isPositive();
        Instant written = lastUsed(id);
        assertThat(written).isAfter(before).isBeforeOrEqualTo(clock.instant());
        assertThat(listed(key.get("name").asText()).get("lastUsedAt").asText()).isNotBlank();

        lastUses.flush();
        assertThat(lastUsed(id)).as("not used since").isEqualTo(written);
    }

    @Test
    void anOwnerMustBeAnActiveTeamMemberAndIsListed() {
        TeamMember rep = team.add(Unique.key("keyowner"), "Key Owner " + Unique.suffix(), null, Role.REP, null);
        try {
            JsonNode key = newKey("read", rep.id());
            assertThat(key.get("owner").asText()).isEqualTo(rep.username());
            assertThat(listed(key.get("name").asText()).get("ownerId").asLong()).isEqualTo(rep.id());

            HttpResponse<String> nobody = api().postJson("/api/v1/api-keys", "{\"name\": \"x\", \"scope\": \"read\", \"ownerId\": 987654321}");
            assertThat(nobody.statusCode()).isBetween(400, 422);
            assertThat(nobody.body()).contains("ownerId");
        } finally {
            jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", rep.id());
        }
    }

    @Test
    void refusesABadScopeAnUnknownFieldAndAMissingNameAsProblems() {
        for (String body : List.of("{\"name\": \"x\", \"scope\": \"root\"}", "{\"name\": \"x\", \"scope\": \"read\", \"owner\": 1}",
                "{\"scope\": \"read\"}", "{\"name\": \"x\"}")) {
            HttpResponse<String> refused = api().postJson("/api/v1/api-keys", body);
            assertThat(refused.statusCode()).as(body).isBetween(400, 422);
            assertThat(ApiClient.isProblem(refused)).as(body).isTrue();
        }
        assertThat(api().postJson("/api/v1/api-keys/987654321/revoke", "").statusCode()).isEqualTo(404);
    }

    private JsonNode newKey(String scope, Long ownerId) {
        String name = "Test " + scope + " " + Unique.suffix();
        HttpResponse<String> answer = api().postJson("/api/v1/api-keys", "{\"name\": \"%s\", \"scope\": \"%s\"%s}".formatted(name, scope,
                ownerId == null ? "" : ", \"ownerId\": " + ownerId));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode key = read(answer.body());
        created.add(key.get("id").asLong());
        return key;
    }

    private JsonNode listed(String name) {
        for (JsonNode key : page("/api/v1/api-keys")) {
            if (key.get("name").asText().equals(name)) {
                return key;
            }
        }
        throw new AssertionError("no key '" + name + "' listed");
    }

    private Instant lastUsed(long id) {
        Timestamp at = jdbc.queryForObject("SELECT last_used_at FROM api_key WHERE id = ?", Timestamp.class, id);
        return at == null ? null : at.toInstant();
    }

    private static void assertRefusedFor(HttpResponse<String> answer, String needed, String has) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(ApiClient.isProblem(answer)).isTrue();
        assertThat(answer.body()).contains("'" + needed + "' scope", "this key has '" + has + "'");
    }

    private JsonNode page(String path) {
        HttpResponse<String> answer = api().get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer.body());
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception unreadable) {
            throw new AssertionError(body, unreadable);
        }
    }

    private Http withKey(String key) {
        return new Http(baseUrl()).header("X-Api-Key", key);
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }
}
