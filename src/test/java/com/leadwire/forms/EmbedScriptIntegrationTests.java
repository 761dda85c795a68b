package com.leadwire.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** The embed script, the thank-you page, settings checks and the OpenAPI description over HTTP. */
@OnH2
class EmbedScriptIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Sources sources;

    @Autowired
    Pipelines pipelines;

    @Autowired
    CamelContext camel;

    @Autowired
    Team team;

    private Http http() {
        return new Http(baseUrl());
    }

    @Test
    void theScriptOfAFormIsPlainCacheableJavaScriptWithItsFields() {
        HttpResponse<String> response = http().get("/embed/leads.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/javascript"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        assertThat(response.body()).contains("\"endpoint\":\"/api/v1/intake/forms/leads\"").contains("\"kind\":\"FORM\"")
                .contains("\"name\":\"plataforma\"").contains("textContent").doesNotContain("innerHTML");
        assertThat(http().get("/embed/popup-feirao.js").body()).contains("\"kind\":\"POPUP\"")
                .contains("\"endpoint\":\"/api/v1/intake/popups/popup-feirao\"").contains("\"trigger\":\"delay\"");
    }

    @Test
    void theLeadFormsResponsibleIsASelectOfTheActiveReps() throws Exception {
        String active = "Dora " + Unique.suffix();
        String away = "Edu " + Unique.suffix();
        long activeId = team.add(Unique.key("dora"), active, null, Role.REP, null).id();
        long awayId = team.add(Unique.key("edu"), away, null, Role.REP, null).id();
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", awayId);
        try {
            String script = http().get("/embed/leads.js").body();

            JsonNode responsible = null;
            for (JsonNode field : config(script).get("fields")) {
                if (field.get("name").asText().equals("responsavel")) {
                    responsible = field;
                }
            }
            assertThat(responsible).isNotNull();
            assertThat(responsible.get("type").asText()).isEqualTo("select");
            List<String> options = new ArrayList<>();
            responsible.get("options").forEach(option -> options.add(option.asText()));
            assertThat(options).contains("Ana Souza", "Bruno Lima", active).doesNotContain(away);
        } finally {
            jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", activeId);
        }
    }

    /** The form's data the script carries (the argument of its last line). */
    private static JsonNode config(String script) throws Exception {
        String start = "})(";
        String data = script.substring(script.lastIndexOf(start) + start.length(), script.lastIndexOf(");"));
        return new ObjectMapper().readTree(data);
    }

    @Test
    void aSelectTakesOptionsOrOptionsFromTheTeamButNotBothAndOnlyASelectDoes() {
        for (String field : List.of("{\\\"name\\\": \\\"r\\\", \\\"type\\\": \\\"text\\\", \\\"optionsFrom\\\": \\\"team\\\"}",
                "{\\\"name\\\": \\\"r\\\", \\\"type\\\": \\\"select\\\", \\\"options\\\": [\\\"a\\\"], \\\"optionsFrom\\\": \\\"team\\\"}",
                "{\\\"name\\\": \\\"r\\\", \\\"type\\\": \\\"select\\\", \\\"optionsFrom\\\": \\\"customers\\\"}")) {
            String body = """
                    {"kind": "FORM", "key": "%s", "name": "Equipe", "settings": "{\\"fields\\": [%s]}"}"""
                    .formatted(Unique.key("team-select"), field);

            HttpResponse<String> response = ApiClient.authenticated(baseUrl()).postJson("/api/v1/sources", body);

            assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(422);
            assertThat(ApiClient.isProblem(response)).isTrue();
        }
    }

    @Test
    void markupInASourcesTextCannotCloseTheScript() {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Oferta </script><script>alert(1)</script>", """
                {"thankYouText": "<b>obrigado</b> & até"}""");

        String script = http().get("/embed/" + key + ".js").body();

        assertThat(script).doesNotContain("<script>").doesNotContain("</script>").doesNotContain("<b>")
                .contains("Oferta \\u003c/script\\u003e");
    }

    @Test
    void anUnknownKeyOrANonFormSourceIsA404Problem() {
        String payment = Unique.key("pay");
        sources.create(new com.leadwire.pipeline.SourceDraft(SourceKind.PAYMENT, payment, "Pagamentos", null, null, null, null,
                null, java.util.List.of()), "test");

        for (String path : new String[] {"/embed/no-such-form.js", "/embed/leads", "/embed/" + payment + ".js"}) {
            HttpResponse<String> response = http().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(ApiClient.isProblem(response)).as(path).isTrue();
        }
    }

    @Test
    void theThankYouPageSpeaksTheVisitorsLanguage() {
        HttpResponse<String> english = http().header("Accept-Language", "en-US,en;q=0.9").get("/embed/thanks");
        HttpResponse<String> portuguese = http().header("Accept-Language", "pt-BR").get("/embed/thanks?form=no-such-form");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("lang=\"en\"").contains("Thank you!");
        assertThat(portuguese.body()).contains("lang=\"pt\"").contains("Obrigado! Recebemos os seus dados");
    }

    @Test
    void aSourceWithBrokenFormSettingsIsRefusedWhenSaved() {
        String body = """
                {"kind": "FORM", "key": "%s", "name": "Quebrado", "settings": "{\\"fields\\": [{\\"name\\": \\"x\\", \\"colour\\": 1}]}"}"""
                .formatted(Unique.key("broken"));

        HttpResponse<String> response = ApiClient.authenticated(baseUrl()).postJson("/api/v1/sources", body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("unknown property 'colour'");
    }

    @Test
    void theRoutesAreStartedAndDescribedInOpenApi() throws Exception {
        assertThat(camel.getRoutes()).extracting(route -> route.getRouteId())
                .contains("intake-form-submission", "intake-popup-submission", "embed-script", "embed-thanks");
        JsonNode paths = new ObjectMapper().readTree(http().get("/v3/api-docs").body()).get("paths");

        assertThat(paths.get("/api/v1/intake/forms/{formKey}").has("post")).isTrue();
        assertThat(paths.get("/api/v1/intake/forms/{formKey}").has("options")).isTrue();
        assertThat(paths.get("/api/v1/intake/popups/{popupKey}").get("post").get("responses").has("429")).isTrue();
        assertThat(paths.get("/embed/{key}.js").has("get")).isTrue();
        assertThat(paths.get("/embed/thanks").has("get")).isTrue();
    }
}
