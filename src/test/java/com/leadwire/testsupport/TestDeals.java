package com.leadwire.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Deals to work on, made through the API: in a pipeline of their own with open, won and lost stages. */
public final class TestDeals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http api;
    private final String source;

    /** Creates the pipeline ("Espera", "Seguinte", "Ganho" WON, "Perdido" LOST) and an API source into its first stage. */
    public TestDeals(String baseUrl) {
        this.api = ApiClient.authenticated(baseUrl);
        HttpResponse<String> pipeline = api.postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Espera", "kind": "OPEN"}, {"name": "Seguinte", "kind": "OPEN"},
                 {"name": "Ganho", "kind": "WON"}, {"name": "Perdido", "kind": "LOST"}]}""".formatted(Unique.key("Trabalho")));
        assertThat(pipeline.statusCode()).as(pipeline.body()).isEqualTo(201);
        JsonNode created = read(pipeline);
        this.source = Unique.key("trabalho");
        HttpResponse<String> sourceCreated = api.postJson("/api/v1/sources", """
                {"kind": "API", "key": "%s", "name": "Trabalho %s", "pipelineId": %d, "stageId": %d}"""
                .formatted(source, source, created.get("id").asLong(), created.get("stages").get(0).get("id").asLong()));
        assertThat(sourceCreated.statusCode()).as(sourceCreated.body()).isEqualTo(201);
    }

    /** A new deal in "Espera" for a new contact with that e-mail and name. */
    public long newDeal(String email, String name) {
        HttpResponse<String> created = api.postJson("/api/v1/deals", ApiClient.dealJson(source, email, name, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created).get("dealId").asLong();
    }

    public HttpResponse<String> patch(String path, String json) {
        return api.send(api.builder(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }
}
