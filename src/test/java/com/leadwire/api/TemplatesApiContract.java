package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.Rules;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.Unique;

/** E-mail templates through the API, one version per name and language. Run on H2 and on MariaDB. */
abstract class TemplatesApiContract extends IntegrationTestSupport {

    @Autowired
    Rules rules;

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private static String template(String name, String language, String subject, String html) {
        return """
                {"name": "%s", "language": "%s", "subject": "%s", "html": "%s", "text": "Olá {{contact.name}}", "transactional": true}"""
                .formatted(name, language, subject, html);
    }

    private long created(String body) throws Exception {
        HttpResponse<String> response = api().postJson("/api/v1/templates", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).get("id").asLong();
    }

    @Test
    void createsReadsChangesAndDeletesATemplate() throws Exception {
        String name = Unique.key("Boas-vindas");
        long id = created(template(name, "pt-BR", "Bem-vindo, {{contact.name}}", "<p>Olá {{contact.name}}</p>"));

        JsonNode read = read(api().get("/api/v1/templates/" + id));
        assertThat(read.get("name").asText()).isEqualTo(name);
        assertThat(read.get("language").asText()).isEqualTo("pt-BR");
        assertThat(read.get("html").asText()).isEqualTo("<p>Olá {{contact.name}}</p>");
        assertThat(read.get("text").asText()).isEqualTo("Olá {{contact.name}}");
        assertThat(read.get("transactional").asBoolean()).isTrue();
        assertThat(read(api().get("/api/v1/templates"))).anySatisfy(listed -> assertThat(listed.get("id").asLong()).isEqualTo(id));

        HttpResponse<String> changed = api().put("/api/v1/templates/" + id, template(name, "pt-BR", "Oi {{contact.name}}", "<p>Oi</p>"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(read(api().get("/api/v1/templates/" + id)).get("subject").asText()).isEqualTo("Oi {{contact.name}}");

        assertThat(api().delete("/api/v1/templates/" + id).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = api().get("/api/v1/templates/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(gone)).isTrue();
    }

    @Test
    void previewRendersEveryPartWithTheSampleDeal() throws Exception {
        long id = created(template(Unique.key("Prévia"), "en", "{{deal.title}} for {{contact.name}}",
                "<p>{{contact.email}}, {{deal.stage}}: {{deal.products}} ({{fields.responsible}})</p>"));

        JsonNode preview = read(api().postJson("/api/v1/templates/" + id + "/preview", ""));

        assertThat(preview.get("subject").asText()).isEqualTo("autocloud: Maria Silva for Maria Silva");
        assertThat(preview.get("html").asText())
                .isEqualTo("<p>maria.silva@example.com, LEAD: Loja virtual, Treinamento (Ana Souza)</p>");
        assertThat(preview.get("text").asText()).isEqualTo("Olá Maria Silva");
    }

    @Test
    void aSecondVersionInTheSameLanguageIsAConflictButAnotherLanguageIsWelcome() throws Exception {
        String name = Unique.key("Lembrete");
        created(template(name, "pt-BR", "Lembrete", "<p>Oi</p>"));

        HttpResponse<String> duplicate = api().postJson("/api/v1/templates", template(name, "pt-BR", "Outro", "<p>Outro</p>"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(ApiClient.isProblem(duplicate)).isTrue();
        assertThat(api().postJson("/api/v1/templates", template(name, "en", "Reminder", "<p>Hi</p>")).statusCode()).isEqualTo(201);
    }

    @Test
    void invalidMustacheIsRefusedNamingThePart() throws Exception {
        HttpResponse<String> refused = api().postJson("/api/v1/templates",
                template(Unique.key("Quebrado"), "pt-BR", "Oi", "<p>{{#deal}}sem fim</p>"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(ApiClient.isProblem(refused)).isTrue();
        assertThat(read(refused).get("field").asText()).isEqualTo("html");
        HttpResponse<String> unknownLanguage = api().postJson("/api/v1/templates", template(Unique.key("Francês"), "fr", "Oi", "<p>Oi</p>"));
        assertThat(read(unknownLanguage).get("field").asText()).isEqualTo("language");
    }

    @Test
    void theLastVersionOfATemplateARuleSendsCannotBeDeletedOrRenamed() throws Exception {
        String name = Unique.key("Usado");
        long portuguese = created(template(name, "pt-BR", "Oi", "<p>Oi</p>"));
        long english = created(template(name, "en", "Hi", "<p>Hi</p>"));
        String rule = Unique.key("Regra que envia");
        rules.create(TestRules.emailOnNewDealFrom(rule, Unique.key("no-such-source"), name, "contact"), "test");

        assertThat(api().delete("/api/v1/templates/" + english).statusCode()).isEqualTo(204);
        HttpResponse<String> lastVersion = api().delete("/api/v1/templates/" + portuguese);
        assertThat(lastVersion.statusCode()).isEqualTo(409);
        assertThat(ApiClient.isProblem(lastVersion)).isTrue();
        assertThat(read(lastVersion).get("detail").asText()).contains(rule);
        assertThat(api().put("/api/v1/templates/" + portuguese, template(name + " novo", "pt-BR", "Oi", "<p>Oi</p>")).statusCode())
                .isEqualTo(409);
        assertThat(api().get("/api/v1/templates/" + portuguese).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownTemplateIsNotFoundAndNoKeyIsUnauthorized() {
        assertThat(api().get("/api/v1/templates/987654321").statusCode()).isEqualTo(404);
        assertThat(api().postJson("/api/v1/templates/987654321/preview", "").statusCode()).isEqualTo(404);
        assertThat(api().delete("/api/v1/templates/987654321").statusCode()).isEqualTo(404);

        HttpResponse<String> anonymous = new Http(baseUrl()).get("/api/v1/templates");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(ApiClient.isProblem(anonymous)).isTrue();
    }
}
