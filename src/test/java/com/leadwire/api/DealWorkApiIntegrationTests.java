package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.apikeys.ApiKeyScope;
import com.leadwire.apikeys.ApiKeys;
import com.leadwire.fields.CustomFieldDraft;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.fields.FieldType;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;

/** The deal page's actions through the API: edit, assign, e-mail, Telegram, notes and tasks, and how each refuses bad input. */
@OnH2
class DealWorkApiIntegrationTests extends IntegrationTestSupport {

    @Autowired
    CustomFields catalogue;

    @Autowired
    MailTemplates templates;

    @Autowired
    Team team;

    @Autowired
    ApiKeys keys;

    @Autowired
    Clock clock;

    private TestDeals deals;

    @BeforeEach
    void newPipeline() {
        deals = new TestDeals(baseUrl());
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).as(response.headers().toString()).isTrue();
        if (field != null) {
            assertThat(TestDeals.read(response).path("field").asText()).isEqualTo(field);
        }
    }

    private TeamMember newRep() {
        String username = Unique.key("rep");
        return team.add(username, "Rep " + username, null, Role.REP, null);
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndTheDealShowsEachChangeWithTheCaller() {
        String plan = "plano_" + Unique.suffix();
        catalogue.create(new CustomFieldDraft(FieldScope.DEAL, plan, FieldType.CHOICE, List.of("Básico", "Pro"), "Plan", "Plano", null));
        long dealId = deals.newDeal(Unique.email("patch"), "Patch");

        HttpResponse<String> edited = deals.patch("/api/v1/deals/" + dealId, """
                {"title": "Novo título", "value": {"amount": 990.00, "currency": "BRL"}, "products": ["Loja"], "fields": {"%s": "Pro"}}"""
                .formatted(plan));

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode deal = TestDeals.read(edited);
        assertThat(deal.get("title").asText()).isEqualTo("Novo título");
        assertThat(deal.get("amount").decimalValue()).isEqualByComparingTo("990");
        assertThat(deal.at("/fields/" + plan).asText()).isEqualTo("Pro");
        HttpResponse<String> titleOnly = deals.patch("/api/v1/deals/" + dealId, "{\"title\": \"Só o título\"}");
        assertThat(TestDeals.read(titleOnly).at("/fields/" + plan).asText()).as("fields left out stay").isEqualTo("Pro");
        JsonNode changes = TestDeals.read(api().get("/api/v1/deals/" + dealId)).get("changes");
        assertThat(changes).extracting(change -> change.get("what").asText())
                .containsExactly("title", "value", "products", "fields." + plan, "title");
        assertThat(changes.get(4).get("oldValue").asText()).isEqualTo("Novo título");
        assertThat(changes.get(4).get("newValue").asText()).isEqualTo("Só o título");
        assertThat(changes.get(4).get("actor").asText()).isEqualTo("api:initial");
        assertThat(TestDeals.read(api().get("/api/v1/deals/" + dealId + "/timeline"))).anySatisfy(entry -> {
            assertThat(entry.get("kind").asText()).isEqualTo("CHANGE");
            assertThat(entry.get("summary").asText()).isEqualTo("title changed from Novo título to Só o título by api:initial");
        });
    }

    @Test
    void anEditWithAnUnknownOrInvalidValueIsRefusedWholeAndChangesNothing() {
        String plan = "plano_" + Unique.suffix();
        String since = "desde_" + Unique.suffix();
        catalogue.create(new CustomFieldDraft(FieldScope.DEAL, plan, FieldType.CHOICE, List.of("Básico", "Pro"), "Plan", "Plano", null));
        catalogue.create(new CustomFieldDraft(FieldScope.DEAL, since, FieldType.DATE, List.of(), "Since", "Desde", null));
        long dealId = deals.newDeal(Unique.email("refused"), "Intacto");
        String path = "/api/v1/deals/" + dealId;

        assertRefused(deals.patch(path, "{\"title\": \"Outro\", \"fields\": {\"nao_existe\": \"x\"}}"), 422, "fields.nao_existe");
        assertRefused(deals.patch(path, "{\"fields\": {\"%s\": \"Premium\"}}".formatted(plan)), 422, "fields." + plan);
        assertRefused(deals.patch(path, "{\"fields\": {\"%s\": \"15/01/2027\"}}".formatted(since)), 422, "fields." + since);
        assertRefused(deals.patch(path, "{\"value\": {\"amount\": 10, \"currency\": \"REAIS\"}}"), 422, "value.currency");
        assertRefused(deals.patch(path, "{\"value\": {\"amount\": -1}}"), 422, "value.amount");
        assertRefused(deals.patch(path, "{\"title\": \" \"}"), 422, "title");
        assertRefused(deals.patch(path, "{\"products\": [\"a, b\"]}"), 422, "products");
        assertRefused(deals.patch(path, "{\"title\": "), 400, null);
        assertRefused(deals.patch(path, "{\"titel\": \"Misspelt\"}"), 422, "titel");
        assertRefused(deals.patch("/api/v1/deals/987654321", "{\"title\": \"x\"}"), 404, null);

        assertThat(jdbc.queryForObject("SELECT title FROM deal WHERE id = ?", String.class, dealId)).startsWith("Intacto");
        assertThat(count("SELECT COUNT(*) FROM deal_change WHERE deal_id = ?", dealId)).isZero();
    }

    @Test
    void theResponsibleRepIsAnActiveTeamMemberOrNobody() {
        TeamMember rep = newRep();
        long dealId = deals.newDeal(Unique.email("assign"), "Assign");
        String path = "/api/v1/deals/" + dealId + "/responsible";

        assertThat(TestDeals.read(api().put(path, "{\"userId\": " + rep.id() + "}")).get("responsibleUserId").asLong()).isEqualTo(rep.id());
        assertRefused(api().put(path, "{\"userId\": 987654321}"), 422, "userId");
        assertThat(TestDeals.read(api().put(path, "{\"userId\": null}")).get("responsibleUserId").isNull()).isTrue();

        assertThat(jdbc.queryForList("SELECT new_value FROM deal_change WHERE deal_id = ? AND what = 'responsible' ORDER BY id", String.class,
                dealId)).containsExactly(rep.displayName(), null);
    }

    @Test
    void aTemplateEmailIsQueuedForTheContact() {
        String template = Unique.key("boas-vindas");
        templates.create(new MailTemplateDraft(template, "en", "Welcome {{contact.name}}", "<p>Hi</p>", null, true));
        String email = Unique.email("mail");
        long dealId = deals.newDeal(email, "Mara");

        HttpResponse<String> sent = api().postJson("/api/v1/deals/" + dealId + "/emails", "{\"template\": \"" + template + "\"}");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(TestDeals.read(sent).get("subject").asText()).isEqualTo("Welcome Mara");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND channel = 'MAIL' AND recipient = ?", dealId, email))
                .isEqualTo(1);
        assertRefused(api().postJson("/api/v1/deals/" + dealId + "/emails", "{\"template\": \"no-such-template\"}"), 422, "template");
        assertRefused(api().postJson("/api/v1/deals/987654321/emails", "{\"template\": \"" + template + "\"}"), 404, null);
    }

    @Test
    void withoutTheBotATelegramMessageIsRefused() {
        long dealId = deals.newDeal(Unique.email("tg"), "Telegram");

        assertRefused(api().postJson("/api/v1/deals/" + dealId + "/telegram-messages", "{\"text\": \"Olá\"}"), 409, null);
    }

    @Test
    void notesAreAddedAndListedNewestFirst() {
        long dealId = deals.newDeal(Unique.email("notes"), "Notes");
        String path = "/api/v1/deals/" + dealId + "/notes";

        assertThat(api().postJson(path, "{\"text\": \"Primeira\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> second = api().postJson(path, "{\"text\": \"Segunda\"}");
        assertRefused(api().postJson(path, "{\"text\": \"  \"}"), 422, "text");

        assertThat(TestDeals.read(second).get("author").asText()).isEqualTo("api:initial");
        assertThat(TestDeals.read(api().get(path))).extracting(note -> note.get("text").asText()).containsExactly("Segunda", "Primeira");
        assertRefused(api().get("/api/v1/deals/987654321/notes"), 404, null);
    }

    @Test
    void tasksAreAddedListedByOwnerAndMarkedDone() {
        TeamMember owner = newRep();
        long dealId = deals.newDeal(Unique.email("tasks"), "Tasks");
        String path = "/api/v1/deals/" + dealId + "/tasks";
        String overdue = clock.instant().minus(Duration.ofHours(1)).toString();

        HttpResponse<String> added = api().postJson(path, """
                {"title": "Ligar para o cliente", "dueAt": "%s", "ownerUserId": %d}""".formatted(overdue, owner.id()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long taskId = TestDeals.read(added).get("id").asLong();
        assertRefused(api().postJson(path, "{\"title\": \"Sem dono\", \"dueAt\": \"%s\"}".formatted(overdue)), 422, "ownerUserId");
        assertRefused(api().postJson(path, "{\"title\": \"Sem prazo\", \"ownerUserId\": %d}".formatted(owner.id())), 422, "dueAt");
        assertRefused(api().postJson(path, "{\"title\": \"\", \"dueAt\": \"%s\", \"ownerUserId\": %d}".formatted(overdue, owner.id())), 422,
                "title");
        assertRefused(api().postJson(path, "{\"title\": \"Longe\", \"dueAt\": \"%s\", \"ownerUserId\": %d}"
                .formatted(clock.instant().plus(Duration.ofDays(400)), owner.id())), 422, "dueAt");

        assertThat(TestDeals.read(api().get(path))).extracting(task -> task.get("title").asText()).containsExactly("Ligar para o cliente");
        assertThat(TestDeals.read(api().get("/api/v1/tasks?owner=" + owner.id()))).extracting(task -> task.get("id").asLong())
                .containsExactly(taskId);
        HttpResponse<String> done = api().postJson("/api/v1/tasks/" + taskId + "/done", "");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(TestDeals.read(done).get("doneBy").asText()).isEqualTo("api:initial");
        assertThat(TestDeals.read(api().get("/api/v1/tasks?owner=" + owner.id()))).isEmpty();
        assertRefused(api().postJson("/api/v1/tasks/987654321/done", ""), 404, null);
    }

    @Test
    void mineIsTheTasksOfTheTeamMemberTheKeyIsNamedAfter() {
        TeamMember owner = newRep();
        long dealId = deals.newDeal(Unique.email("mine"), "Mine");
        api().postJson("/api/v1/deals/" + dealId + "/tasks", """
                {"title": "Minha", "dueAt": "%s", "ownerUserId": %d}""".formatted(clock.instant(), owner.id()));
        String ownersKey = keys.create(owner.username(), ApiKeyScope.WRITE, null, "test").key();

        HttpResponse<String> mine = new Http(baseUrl()).header("X-Api-Key", ownersKey).get("/api/v1/tasks?mine=true");

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(TestDeals.read(mine)).extracting(task -> task.get("title").asText()).containsExactly("Minha");
        assertRefused(api().get("/api/v1/tasks?mine=true"), 422, "mine");
        assertRefused(api().get("/api/v1/tasks"), 422, "mine");
    }

    @Test
    void theNewEndpointsAreDocumented() {
        JsonNode paths = TestDeals.read(new Http(baseUrl()).get("/v3/api-docs")).get("paths");

        assertThat(paths.get("/api/v1/deals/{id}").has("patch")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/responsible").has("put")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/emails").has("post")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/telegram-messages").has("post")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/notes").has("get")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/tasks").has("post")).isTrue();
        assertThat(paths.get("/api/v1/tasks").has("get")).isTrue();
        assertThat(paths.get("/api/v1/tasks/{id}/done").has("post")).isTrue();
    }
}
