package com.leadwire.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.Unique;

/** What the privacy tests make through the real API: a pipeline with an API source, templates, rules (deleted after), deals. */
final class PrivacyFixtures {

    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final List<Long> rules = new ArrayList<>();

    PrivacyFixtures(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Http api() {
        return ApiClient.authenticated(baseUrl);
    }

    JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return read(response);
    }

    /** An API source of its own, whose deals enter the first stage of a pipeline of its own; its key. */
    String newSource() {
        JsonNode pipeline = ok(api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Entrada", "kind": "OPEN"}, {"name": "Ganho", "kind": "WON"}]}"""
                .formatted(Unique.key("Privacidade"))), 201);
        String key = Unique.key("privacidade");
        ok(api().postJson("/api/v1/sources", """
                {"kind": "API", "key": "%s", "name": "Privacidade %s", "pipelineId": %d, "stageId": %d}"""
                .formatted(key, key, pipeline.get("id").asLong(), pipeline.get("stages").get(0).get("id").asLong())), 201);
        return key;
    }

    /** A template with this subject in Portuguese and English; its unique name. */
    String newTemplate(String subject, boolean transactional) {
        String name = Unique.key("Modelo");
        for (String language : List.of("pt-BR", "en")) {
            ok(api().postJson("/api/v1/templates", """
                    {"name": "%s", "language": "%s", "subject": "%s", "html": "<p>Oi {{contact.name}}</p>", "text": "Oi {{contact.name}}",
                     "transactional": %s}""".formatted(name, language, subject, transactional)), 201);
        }
        return name;
    }

    /** A rule; deleted by {@link #deleteRules()}. */
    long newRule(String body) {
        long id = ok(api().postJson("/api/v1/rules", body), 201).get("id").asLong();
        rules.add(id);
        return id;
    }

    /** On a new deal from the source, e-mail the template to the contact. */
    long mailContactOnNewDeal(String source, String template) {
        return newRule("""
                {"name": "%s", "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "source", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "SEND_EMAIL", "template": "%s", "to": ["contact"]}]}""".formatted(Unique.key("Privacidade"), source, template));
    }

    void deleteRules() {
        rules.forEach(id -> api().delete("/api/v1/rules/" + id));
        rules.clear();
    }

    /** A deal through {@code POST /api/v1/deals}; the answer's JSON (dealId, contactId …). */
    JsonNode newDeal(Http http, String source, String contactJson, String dealJson) {
        return ok(http.postJson("/api/v1/deals", """
                {"source": "%s", "contact": %s, "deal": %s}""".formatted(source, contactJson, dealJson)), 201);
    }

    static String contact(String email, String name, String language) {
        return """
                {"email": "%s", "name": "%s", "language": "%s", "country": "BR"}""".formatted(email, name, language);
    }
}
