package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/** The custom-field catalogue through the API, and what it means for a rule's SET_FIELD. Run on H2 and on MariaDB. */
abstract class FieldsApiContract extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private static String uniqueName() {
        return "f_" + Unique.suffix();
    }

    private static String field(String scope, String name, String type, String options) {
        return """
                {"scope": "%s", "name": "%s", "type": "%s", "options": %s, "labelEn": "Plan", "labelPt": "Plano"}"""
                .formatted(scope, name, type, options);
    }

    private JsonNode created(String body) throws Exception {
        HttpResponse<String> response = api().postJson("/api/v1/fields", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response);
    }

    private void refused(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).isTrue();
        if (field != null) {
            assertThat(read(response).get("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void createsReadsChangesAndDeletesAChoiceField() throws Exception {
        String name = uniqueName();
        JsonNode created = created(field("DEAL", name, "CHOICE", "[\" Básico \", \"Pro\"]"));
        long id = created.get("id").asLong();
        assertThat(created.get("scope").asText()).isEqualTo("DEAL");
        assertThat(created.get("type").asText()).isEqualTo("CHOICE");
        assertThat(created.get("options")).extracting(JsonNode::asText).containsExactly("Básico", "Pro");

        JsonNode read = read(api().get("/api/v1/fields/" + id));
        assertThat(read.get("name").asText()).isEqualTo(name);
        assertThat(read.get("labelEn").asText()).isEqualTo("Plan");
        assertThat(read.get("labelPt").asText()).isEqualTo("Plano");
        assertThat(read(api().get("/api/v1/fields"))).anySatisfy(listed -> assertThat(listed.get("id").asLong()).isEqualTo(id));

        HttpResponse<String> changed = api().put("/api/v1/fields/" + id, """
                {"type": "CHOICE", "options": ["Básico", "Pro", "Empresa"], "labelEn": "Plan", "labelPt": "Plano contratado",
                 "position": 0}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = read(api().get("/api/v1/fields/" + id));
        assertThat(after.get("options")).extracting(JsonNode::asText).containsExactly("Básico", "Pro", "Empresa");
        assertThat(after.get("labelPt").asText()).isEqualTo("Plano contratado");
        assertThat(after.get("position").asInt()).isZero();
        assertThat(after.get("name").asText()).isEqualTo(name);

        assertThat(api().delete("/api/v1/fields/" + id).statusCode()).isEqualTo(204);
        refused(api().get("/api/v1/fields/" + id), 404, null);
    }

    @Test
    void aNameIsUniqueWithinItsScopeOnly() throws Exception {
        String name = uniqueName();
        created(field("DEAL", name, "TEXT", "[]"));

        refused(api().postJson("/api/v1/fields", field("DEAL", name, "NUMBER", "[]")), 409, null);
        assertThat(created(field("CONTACT", name, "DATE", "[]")).get("scope").asText()).isEqualTo("CONTACT");
    }

    @Test
    void aRefusalNamesThePartThatIsWrong() throws Exception {
        refused(api().postJson("/api/v1/fields", field("DEAL", uniqueName(), "CHOICE", "[]")), 422, "options");
        refused(api().postJson("/api/v1/fields", field("DEAL", uniqueName(), "CHOICE", "[\"Pro\", \"pro\"]")), 422, "options");
        refused(api().postJson("/api/v1/fields", field("DEAL", uniqueName(), "TEXT", "[\"Pro\"]")), 422, "options");
        refused(api().postJson("/api/v1/fields", field("DEAL", "Plano Pago", "TEXT", "[]")), 422, "name");
        refused(api().postJson("/api/v1/fields", field("DEAL", uniqueName(), "TEXT", "[]").replace("\"Plano\"", "\" \"")), 422, "labelPt");
        refused(api().postJson("/api/v1/fields", field("DEAL", uniqueName(), "TEXT", "[]").replace("\"scope\": \"DEAL\", ", "")), 422,
                "scope");

        long id = created(field("DEAL", uniqueName(), "TEXT", "[]")).get("id").asLong();
        refused(api().put("/api/v1/fields/" + id, field("DEAL", uniqueName(), "TEXT", "[]")), 422, "name");
        refused(api().put("/api/v1/fields/" + id, "{\"scope\": \"CONTACT\", \"type\": \"TEXT\", \"labelEn\": \"Plan\", "
                + "\"labelPt\": \"Plano\"}"), 422, "scope");
        refused(api().put("/api/v1/fields/" + id, "{\"type\": \"TEXT\", \"labelEn\": \"Plan\"}"), 422, "labelPt");
    }

    @Test
    void anUnknownFieldIsNotFoundAndNoKeyIsUnauthorized() throws Exception {
        refused(api().get("/api/v1/fields/987654321"), 404, null);
        refused(api().put("/api/v1/fields/987654321", field("DEAL", uniqueName(), "TEXT", "[]")), 404, null);
        refused(api().delete("/api/v1/fields/987654321"), 404, null);
        refused(new Http(baseUrl()).get("/api/v1/fields"), 401, null);
    }

    @Test
    void theDemoCompanysPlatformAndTypeAreChoices() throws Exception {
        JsonNode all = read(api().get("/api/v1/fields"));

        assertThat(all).anySatisfy(field -> {
            assertThat(field.get("name").asText()).isEqualTo("platform");
            assertThat(field.get("scope").asText()).isEqualTo("DEAL");
            assertThat(field.get("options")).extracting(JsonNode::asText).containsExactly("autocloud", "Feirão Digital");
        });
        assertThat(all).anySatisfy(field -> {
            assertThat(field.get("name").asText()).isEqualTo("type");
            assertThat(field.get("options")).extracting(JsonNode::asText).containsExactly("LEAD", "AVALIAÇÃO");
        });
    }

    @Test
    void aRuleMaySetACatalogueFieldOnlyToAValueItTakes() throws Exception {
        String name = uniqueName();
        created(field("DEAL", name, "CHOICE", "[\"Básico\", \"Pro\"]"));
        String rule = """
                {"name": "%s", "enabled": false, "trigger": {"type": "DEAL_CREATED"},
                 "actions": [{"type": "SEND_EMAIL", "template": "LEADS - NOVO ENVIO", "to": ["team"]},
                             {"type": "SET_FIELD", "field": "%s", "value": "%s"}]}""";

        HttpResponse<String> notAnOption = api().postJson("/api/v1/rules", rule.formatted(Unique.key("Plano"), name, "Ouro"));
        refused(notAnOption, 422, "actions[1].value");
        assertThat(read(notAnOption).get("detail").asText()).contains("'Ouro' is not an option of " + name + ": Básico, Pro");

        HttpResponse<String> anOption = api().postJson("/api/v1/rules", rule.formatted(Unique.key("Plano"), name, "pro"));
        assertThat(anOption.statusCode()).as(anOption.body()).isEqualTo(201);
        assertThat(read(anOption).at("/actions/1/value").asText()).isEqualTo("Pro");
        HttpResponse<String> outsideTheCatalogue = api().postJson("/api/v1/rules",
                rule.formatted(Unique.key("Plano"), uniqueName(), "anything"));
        assertThat(outsideTheCatalogue.statusCode()).as(outsideTheCatalogue.body()).isEqualTo(201);
    }
}
