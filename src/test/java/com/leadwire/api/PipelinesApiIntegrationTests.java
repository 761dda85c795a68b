package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** Managing pipelines, stages and sources, and moving deals, through the API. */
@OnH2
class PipelinesApiIntegrationTests extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private JsonNode newPipeline(String name) throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "New", "kind": "OPEN"}, {"name": "Talking", "kind": "OPEN"},
                 {"name": "Won", "kind": "WON"}, {"name": "Lost", "kind": "LOST"}]}""".formatted(name));
        assertThat(created.statusCode()).isEqualTo(201);
        return read(created);
    }

    private long stage(JsonNode pipeline, int index) {
        return pipeline.get("stages").get(index).get("id").asLong();
    }

    @Test
    void createsRenamesAndReordersStages() throws Exception {
        JsonNode pipeline = newPipeline(Unique.key("Sales"));
        long id = pipeline.get("id").asLong();

        assertThat(read(api().put("/api/v1/pipelines/" + id, "{\"name\": \"Renamed " + id + "\"}")).get("name").asText())
                .isEqualTo("Renamed " + id);
        JsonNode reordered = read(api().put("/api/v1/pipelines/" + id + "/stages/order", "{\"ids\": [%d, %d, %d, %d]}"
                .formatted(stage(pipeline, 1), stage(pipeline, 0), stage(pipeline, 2), stage(pipeline, 3))));
        assertThat(reordered.get("stages").get(0).get("name").asText()).isEqualTo("Talking");
        assertThat(api().put("/api/v1/pipelines/" + id + "/stages/order", "{\"ids\": [1]}").statusCode()).isEqualTo(422);
        assertThat(api().postJson("/api/v1/pipelines/" + id + "/stages", "{\"name\": \"talking\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void aSourceOfTheNewPipelinePlacesDealsAndDeletingAStageMovesThemWithHistory() throws Exception {
        JsonNode pipeline = newPipeline(Unique.key("Webinar"));
        long id = pipeline.get("id").asLong();
        String key = Unique.key("webinar");
        HttpResponse<String> source = api().postJson("/api/v1/sources", """
                {"kind": "API", "key": "%s", "name": "Webinar sign-ups", "pipelineId": %d, "stageId": %d,
                 "dealTitleTemplate": "Webinar: {{contact.name}}", "secret": "s3cret"}""".formatted(key, id, stage(pipeline, 1)));
        assertThat(source.statusCode()).isEqualTo(201);
        assertThat(source.body()).contains("\"hasSecret\":true").doesNotContain("s3cret");

        JsonNode deal = read(api().postJson("/api/v1/deals", ApiClient.dealJson(key, Unique.email("web"), "Rui", null)));
        long dealId = deal.get("dealId").asLong();
        JsonNode created = read(api().get("/api/v1/deals/" + dealId)).get("deal");
        assertThat(created.get("stageName").asText()).isEqualTo("Talking");
        assertThat(created.get("title").asText()).isEqualTo("Webinar: Rui");

        HttpResponse<String> emptyStage = api().delete("/api/v1/pipelines/" + id + "/stages/" + stage(pipeline, 0));
        assertThat(emptyStage.statusCode()).isEqualTo(200);
        HttpResponse<String> stillUsed = api().delete("/api/v1/pipelines/" + id + "/stages/" + stage(pipeline, 1));
        assertThat(stillUsed.statusCode()).isEqualTo(409);
    }

    @Test
    void movingADealChecksTheStageTheCallerSawAndRecordsHistory() throws Exception {
        JsonNode pipeline = newPipeline(Unique.key("Moves"));
        long id = pipeline.get("id").asLong();
        JsonNode deal = read(api().postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}, "deal": {"pipelineId": %d}}""".formatted(Unique.email("move"), id)));
        long dealId = deal.get("dealId").asLong();

        HttpResponse<String> moved = api().postJson("/api/v1/deals/" + dealId + "/move",
                "{\"stageId\": %d, \"expectedStageId\": %d}".formatted(stage(pipeline, 1), stage(pipeline, 0)));
        assertThat(moved.statusCode()).isEqualTo(200);
        HttpResponse<String> stale = api().postJson("/api/v1/deals/" + dealId + "/move",
                "{\"stageId\": %d, \"expectedStageId\": %d}".formatted(stage(pipeline, 0), stage(pipeline, 0)));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> lost = api().postJson("/api/v1/deals/" + dealId + "/lost", "{\"reason\": \"too expensive\"}");
        assertThat(read(lost).get("stageName").asText()).isEqualTo("Lost");
        assertThat(read(lost).get("lostReason").asText()).isEqualTo("too expensive");

        JsonNode history = read(api().get("/api/v1/deals/" + dealId)).get("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(1).get("actor").asText()).isEqualTo("api:initial");
        assertThat(history.get(2).get("toStageName").asText()).isEqualTo("Lost");

        HttpResponse<String> deletePipeline = api().delete("/api/v1/pipelines/" + id);
        assertThat(deletePipeline.statusCode()).isEqualTo(409);
        long target = jdbc.queryForObject("SELECT MIN(s.id) FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.name = 'autocloud'", Long.class);
        assertThat(api().delete("/api/v1/pipelines/" + id + "?moveDealsTo=" + target).statusCode()).isEqualTo(204);
        assertThat(read(api().get("/api/v1/deals/" + dealId)).get("deal").get("pipelineName").asText()).isEqualTo("autocloud");
    }

    @Test
    void aStagesKindIsSetAndEachStagesDealsAreCounted() throws Exception {
        JsonNode pipeline = newPipeline(Unique.key("Kinds"));
        long id = pipeline.get("id").asLong();

        JsonNode changed = read(api().put("/api/v1/pipelines/" + id + "/stages/" + stage(pipeline, 1), "{\"kind\": \"WON\"}"));
        assertThat(changed.get("stages").get(1).get("kind").asText()).isEqualTo("WON");
        assertThat(changed.get("stages").get(1).get("name").asText()).as("a missing name stays").isEqualTo("Talking");
        assertThat(api().put("/api/v1/pipelines/" + id + "/stages/" + stage(pipeline, 1), "{\"kind\": \"DONE\"}").statusCode())
                .isEqualTo(400);
        assertThat(api().put("/api/v1/pipelines/" + id + "/stages/" + stage(pipeline, 1), "{}").statusCode()).isEqualTo(422);

        assertThat(read(api().get("/api/v1/pipelines/" + id + "/deal-counts")).size()).isZero();
        assertThat(api().postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}, "deal": {"pipelineId": %d}}""".formatted(Unique.email("count"), id)).statusCode())
                .isEqualTo(201);
        JsonNode counts = read(api().get("/api/v1/pipelines/" + id + "/deal-counts"));
        assertThat(counts.get(String.valueOf(stage(pipeline, 0))).asLong()).isEqualTo(1);
        assertThat(counts.size()).isEqualTo(1);
        assertThat(api().get("/api/v1/pipelines/987654321/deal-counts").statusCode()).isEqualTo(404);
    }
}
