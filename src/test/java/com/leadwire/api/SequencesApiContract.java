package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * /api/v1/sequences over HTTP: create, read, list, change and delete, the problem+json refusals of
 * a wrong sequence, a rule naming an unknown sequence, and the 409 of deleting one a rule uses.
 */
abstract class SequencesApiContract extends IntegrationTestSupport {

    @Autowired
    MailTemplates templates;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> createdRules = new ArrayList<>();

    @AfterEach
    void deleteRules() {
        createdRules.forEach(id -> api().delete("/api/v1/rules/" + id));
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private String template() {
        return templates.create(draft(Unique.key("Sequência"))).name();
    }

    private static MailTemplateDraft draft(String name) {
        return new MailTemplateDraft(name, "pt-BR", "Oi {{contact.name}}", "<p>{{sequence.discount}}%</p>", null, false);
    }

    private static String sequence(String name, String emails, String bcc) {
        return "{\"name\": \"%s\", \"emails\": [%s], \"bcc\": %s}".formatted(name, emails, bcc == null ? "null" : "\"" + bcc + "\"");
    }

    private static String email(String template, String delay, String discount) {
        return "{\"template\": \"%s\", \"delay\": \"%s\", \"discountPercent\": %s}".formatted(template, delay, discount);
    }

    @Test
    void aSequenceIsCreatedReadListedChangedAndDeleted() throws Exception {
        String template = template();
        String name = Unique.key("Carrinho");
        JsonNode created = read(api().postJson("/api/v1/sequences", sequence(name, email(template, "PT1H", "10") + ", "
                + email(template, "P2D", "null"), "Copia@Example.com")), 201);
        long id = created.get("id").asLong();
        assertThat(created.get("name").asText()).isEqualTo(name);
        assertThat(created.get("bcc").asText()).isEqualTo("copia@example.com");
        assertThat(created.at("/emails/0/template").asText()).isEqualTo(template);
        assertThat(created.at("/emails/0/delay").asText()).isEqualTo("PT1H");
        assertThat(created.at("/emails/0/discountPercent").asInt()).isEqualTo(10);
        assertThat(created.at("/emails/1/delay").asText()).isEqualTo("P2D");
        assertThat(created.at("/emails/1").has("discountPercent")).isFalse();

        assertThat(read(api().get("/api/v1/sequences/" + id), 200).get("name").asText()).isEqualTo(name);
        assertThat(read(api().get("/api/v1/sequences"), 200)).anySatisfy(listed -> assertThat(listed.get("id").asLong()).isEqualTo(id));

        JsonNode changed = read(api().put("/api/v1/sequences/" + id, sequence(name + " 2", email(template, "PT1S", "12.5"), null)), 200);
        assertThat(changed.get("emails")).hasSize(1);
        assertThat(changed.at("/emails/0/discountPercent").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(changed.get("bcc").isNull()).isTrue();

        assertThat(api().delete("/api/v1/sequences/" + id).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = api().get("/api/v1/sequences/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(gone)).isTrue();
    }

    @Test
    void aTemplateASequenceSendsIsNotDeleted() throws Exception {
        long template = templates.create(draft(Unique.key("Usado"))).id();
        String name = templates.find(template).orElseThrow().name();
        String sequence = Unique.key("Usa o modelo");
        read(api().postJson("/api/v1/sequences", sequence(sequence, email(name, "PT1H", "null"), null)), 201);

        HttpResponse<String> refused = api().delete("/api/v1/templates/" + template);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("sequence '" + sequence + "'");
    }

    @Test
    void aWrongSequenceIsRefusedNamingItsPart() throws Exception {
        String template = template();
        record Wrong(String body, String field) {
        }
        List<Wrong> wrongs = List.of(
                new Wrong(sequence(" ", email(template, "PT1H", "null"), null), "name"),
                new Wrong(sequence(Unique.key("s"), "", null), "emails"),
                new Wrong(sequence(Unique.key("s"), String.join(", ", List.of(email(template, "PT1H", "null"), email(template, "PT1H", "null"),
                        email(template, "PT1H", "null"), email(template, "PT1H", "null"))), null), "emails"),
                new Wrong(sequence(Unique.key("s"), email("no-such-template-" + Unique.suffix(), "PT1H", "null"), null), "emails[0].template"),
                new Wrong(sequence(Unique.key("s"), email(template, "PT0S", "null"), null), "emails[0].delay"),
                new Wrong(sequence(Unique.key("s"), email(template, "PT0.5S", "null"), null), "emails[0].delay"),
                new Wrong(sequence(Unique.key("s"), email(template, "an hour", "null"), null), "emails[0].delay"),
                new Wrong(sequence(Unique.key("s"), email(template, "PT1H", "0"), null), "emails[0].discountPercent"),
                new Wrong(sequence(Unique.key("s"), email(template, "PT1H", "101"), null), "emails[0].discountPercent"),
                new Wrong(sequence(Unique.key("s"), email(template, "PT1H", "null"), "not-an-address"), "bcc"));
        for (Wrong wrong : wrongs) {
            HttpResponse<String> answer = api().postJson("/api/v1/sequences", wrong.body());
            assertThat(answer.statusCode()).as(wrong.body() + " → " + answer.body()).isEqualTo(422);
            assertThat(ApiClient.isProblem(answer)).isTrue();
            assertThat(answer.body()).contains(wrong.field());
        }
        HttpResponse<String> unknownField = api().postJson("/api/v1/sequences",
                "{\"name\": \"x\", \"emails\": [], \"steps\": []}");
        assertThat(unknownField.statusCode()).isIn(400, 422);
        assertThat(unknownField.body()).contains("steps");
        String taken = Unique.key("Duplicada");
        read(api().postJson("/api/v1/sequences", sequence(taken, email(template, "PT1H", "null"), null)), 201);
        assertThat(api().postJson("/api/v1/sequences", sequence(taken, email(template, "PT1H", "null"), null)).statusCode()).isEqualTo(422);
    }

    @Test
    void aRuleNamingAnUnknownSequenceIsRefusedAndASequenceARuleUsesIsNotDeleted() throws Exception {
        long sequence = read(api().postJson("/api/v1/sequences", sequence(Unique.key("Usada"), email(template(), "PT1H", "null"), null)), 201)
                .get("id").asLong();
        String rule = """
                {"name": "Segue", "enabled": true, "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "source", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "START_SEQUENCE", "sequenceId": %d}, {"type": "STOP_SEQUENCE"}]}""";

        HttpResponse<String> unknown = api().postJson("/api/v1/rules", rule.formatted(Unique.key("src"), 999_999_999L));
        assertThat(unknown.statusCode()).as(unknown.body()).isIn(400, 422);
        assertThat(unknown.body()).contains("actions[0].sequenceId");
        HttpResponse<String> missing = api().postJson("/api/v1/rules", rule.formatted(Unique.key("src"), sequence)
                .replace(", \"sequenceId\": " + sequence, ""));
        assertThat(missing.statusCode()).as(missing.body()).isIn(400, 422);
        assertThat(missing.body()).contains("START_SEQUENCE needs a sequenceId");

        JsonNode created = read(api().postJson("/api/v1/rules", rule.formatted(Unique.key("src"), sequence)), 201);
        createdRules.add(created.get("id").asLong());
        assertThat(created.at("/actions/0/sequenceId").asLong()).isEqualTo(sequence);
        assertThat(created.at("/actions/1/type").asText()).isEqualTo("STOP_SEQUENCE");

        HttpResponse<String> refused = api().delete("/api/v1/sequences/" + sequence);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(ApiClient.isProblem(refused)).isTrue();
        assertThat(refused.body()).contains("Segue");
    }
}
