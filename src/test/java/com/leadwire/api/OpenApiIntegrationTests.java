package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;

/** The public contract is described in OpenAPI, including the Camel intake routes. */
@OnH2
class OpenApiIntegrationTests extends IntegrationTestSupport {

    @Test
    void describesTheApiAndTheIntakeRoutes() throws Exception {
        var response = new Http(baseUrl()).get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(response.body()).get("paths");
        assertThat(paths.get("/api/v1/deals").has("post")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/timers").has("get")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/claim").has("post")).isTrue();
        assertThat(paths.get("/api/v1/deals/bulk").has("post")).isTrue();
        assertThat(paths.get("/api/v1/contacts").has("get")).isTrue();
        assertThat(paths.get("/api/v1/pipelines").has("post")).isTrue();
        assertThat(paths.get("/api/v1/sources").has("post")).isTrue();
        assertThat(paths.get("/api/v1/sources/{id}/secret").has("post")).isTrue();
        assertThat(paths.get("/api/v1/sources/{id}/test").has("post")).isTrue();
        assertThat(paths.get("/api/v1/templates").has("post")).isTrue();
        assertThat(paths.get("/api/v1/templates/{id}/preview").has("post")).isTrue();
        assertThat(paths.get("/api/v1/webhooks").has("post")).isTrue();
        assertThat(paths.get("/api/v1/webhooks/{id}/deliveries").has("get")).isTrue();
        assertThat(paths.get("/api/v1/webhooks/deliveries/{id}/replay").has("post")).isTrue();
        assertThat(paths.get("/api/v1/rules").has("get")).isTrue();
        assertThat(paths.get("/api/v1/rules").has("post")).isTrue();
        assertThat(paths.get("/api/v1/rules/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/rules/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/rules/{id}").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/rules/dry-run").has("post")).isTrue();
        assertThat(paths.get("/api/v1/automation").has("get")).isTrue();
        assertThat(paths.get("/api/v1/automation").has("put")).isTrue();
        assertThat(paths.get("/api/v1/deals/{id}/timeline").has("get")).isTrue();
        assertThat(paths.get("/api/v1/fields").has("get")).isTrue();
        assertThat(paths.get("/api/v1/fields").has("post")).isTrue();
        assertThat(paths.get("/api/v1/fields/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/fields/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/fields/{id}").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/events").has("get")).isTrue();
        assertThat(paths.get("/api/v1/events/{id}").has("get")).isTrue();
        assertThat(paths.at("/~1api~1v1~1events/get/description").asText()).contains("masked");
        assertThat(paths.get("/api/v1/outbox/messages").has("get")).isTrue();
        assertThat(paths.get("/api/v1/health/channels").has("get")).isTrue();
        assertThat(paths.get("/api/v1/dashboard").has("get")).isTrue();
        assertThat(paths.at("/~1api~1v1~1dashboard/get/parameters").findValuesAsText("name")).contains("pipelineId", "from", "to");
        assertThat(new Http(baseUrl()).get("/swagger-ui.html").statusCode()).isIn(200, 302);

        JsonNode schemas = new ObjectMapper().readTree(response.body()).at("/components/schemas");
        assertThat(schemas.at("/StageView/properties/requirements/$ref").asText()).endsWith("/EntryRequirements");
        assertThat(schemas.at("/EntryRequirements/properties")).hasSize(3);
        JsonNode changeStage = paths.path("/api/v1/pipelines/{id}/stages/{stageId}").path("put");
        assertThat(changeStage.path("description").asText()).as(changeStage.toString()).contains("fromStages");
        assertThat(schemas.at("/StageChange/properties/kind/enum").toString()).contains("WON");
        assertThat(paths.path("/api/v1/pipelines/{id}/deal-counts").has("get")).isTrue();
        assertThat(paths.at("/~1api~1v1~1leads/get/parameters").findValuesAsText("name")).contains("name", "email", "from", "to",
                "product", "country", "group", "followUpStatus", "emailStatus", "processedOrder", "sort", "page", "size");
        assertThat(paths.at("/~1api~1v1~1leads.csv/get/responses/200/content").has("text/csv")).isTrue();
        JsonNode rejectionsCsv = paths.path("/api/v1/imports/{id}/rejections.csv").path("get");
        assertThat(rejectionsCsv.at("/responses/200/content").has("text/csv")).as(rejectionsCsv.toString()).isTrue();

        JsonNode anyPath = new ObjectMapper().readTree(response.body()).at("/components/responses");
        assertThat(anyPath.at("/UnknownPath/content").has("application/problem+json")).isTrue();
        assertThat(anyPath.at("/MethodNotAllowed/headers").has("Allow")).isTrue();
    }
}
