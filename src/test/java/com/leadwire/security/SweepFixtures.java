package com.leadwire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.Unique;

/**
 * What the corpora need of the running app: its address, its database, and things to act on
 * (a fresh deal to move, the demo's stage ids), made through the API as a client would.
 */
final class SweepFixtures {

    /** The demo pipeline the demo form "leads-autocloud" places its deals into, with its stages. */
    static final String AUTOCLOUD = "autocloud";
    static final String FEIRAO = "Feirão Digital";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final JdbcTemplate jdbc;

    SweepFixtures(String baseUrl, JdbcTemplate jdbc) {
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
    }

    HttpResponse<String> send(BadInputSweep.Request request) {
        return BadInputSweep.send(baseUrl, request);
    }

    Http api() {
        return ApiClient.authenticated(baseUrl);
    }

    /** A new deal in autocloud's LEAD stage, through the API. */
    long newDeal() {
        HttpResponse<String> created = api().postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("sweep"), "Sweep Deal", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("dealId").asLong();
    }

    /** A new deal, already in its pipeline's won or lost stage. */
    long closedDeal(String verb) {
        long deal = newDeal();
        HttpResponse<String> closed = api().postJson("/api/v1/deals/" + deal + "/" + verb, "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return deal;
    }

    long pipeline(String name) {
        return jdbc.queryForObject("SELECT id FROM pipeline WHERE name = ?", Long.class, name);
    }

    long stage(String pipeline, String stage) {
        return jdbc.queryForObject("SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.name = ? AND s.name = ?",
                Long.class, pipeline, stage);
    }

    /** A pipeline of this sweep's own, with one stage, to rename or add stages to. */
    JsonNode newPipeline() {
        HttpResponse<String> created = api().postJson("/api/v1/pipelines",
                "{\"name\": \"Sweep " + Unique.suffix() + "\", \"stages\": [{\"name\": \"Entrada\", \"kind\": \"OPEN\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created);
    }

    /** The name of the contact whose deal an intake answer ({@code dealId}) names. */
    String contactNameOfDeal(HttpResponse<String> response) {
        return text("SELECT c.name FROM deal d JOIN contact c ON c.id = d.contact_id WHERE d.id = ?",
                body(response).get("dealId").asLong());
    }

    String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
