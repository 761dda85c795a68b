package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/**
 * A path under /api/ or /embed/ that nothing serves is a 404 problem, whichever the method, and a
 * served path called with a method it does not take is a 405 problem naming the methods it takes,
 * for the controllers and the Camel channel routes alike; never the panel's page. The API key is
 * checked first, and everything that is served still answers as before.
 */
@OnH2
class UnknownApiPathsIntegrationTests extends IntegrationTestSupport {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final List<String> UNKNOWN_PATHS = List.of("/api/v1/no-such-path", "/api/v1/deals/1/anything",
            "/api/v2/deals", "/api", "/api/", "/api/v1/pipelines/1/stages/2/nothing", "/api/v1/payments/generic/a/b",
            "/api/v1/intake/forms/leads/extra", "/embed/a/b");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anUnknownPathIsANotFoundProblemForEveryMethod() throws Exception {
        Http withKey = ApiClient.authenticated(baseUrl());
        long[] before = rowCounts();

        for (String path : UNKNOWN_PATHS) {
            for (String method : METHODS) {
                HttpResponse<String> response = send(withKey, method, path);
                String call = method + " " + path;
                assertThat(response.statusCode()).as(call).isEqualTo(404);
                assertThat(ApiClient.isProblem(response)).as(call + " answers problem+json").isTrue();
                JsonNode problem = json.readTree(response.body());
                assertThat(problem.get("status").asInt()).as(call).isEqualTo(404);
                assertThat(problem.get("title").asText()).as(call).isEqualTo("Not found");
                assertThat(problem.get("detail").asText()).as(call).contains(call).contains("/v3/api-docs");
            }
            HttpResponse<String> head = send(withKey, "HEAD", path);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(404);
            assertThat(ApiClient.isProblem(head)).as("HEAD " + path).isTrue();
        }
        assertThat(rowCounts()).as("nothing stored").containsExactly(before);
    }

    @Test
    void anUnknownPathWithoutAValidKeyIsStillUnauthorized() {
        for (Http caller : List.of(new Http(baseUrl()), new Http(baseUrl()).header("X-Api-Key", "wrong-" + Unique.suffix()))) {
            for (String path : List.of("/api/v1/no-such-path", "/api/v1/deals/1/anything", "/api")) {
                for (String method : METHODS) {
                    HttpResponse<String> response = send(caller, method, path);
                    assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
                    assertThat(ApiClient.isProblem(response)).as(method + " " + path).isTrue();
                }
            }
        }
    }

    @Test
    void aServedPathCalledWithAnotherMethodIsAMethodNotAllowedProblemWithAllow() throws Exception {
        Http withKey = ApiClient.authenticated(baseUrl());
        record Refusal(Http caller, String method, String path, String allow) {
        }
        List<Refusal> refusals = List.of(
                // Camel channel routes
                new Refusal(withKey, "PUT", "/api/v1/deals", "POST"),
                new Refusal(withKey, "GET", "/api/v1/deals", "POST"),
                new Refusal(withKey, "DELETE", "/api/v1/deals", "POST"),
                new Refusal(new Http(baseUrl()), "GET", "/api/v1/payments/stripe", "POST"),
                new Refusal(new Http(baseUrl()), "PATCH", "/api/v1/payments/generic/pagamentos", "POST"),
                new Refusal(new Http(baseUrl()), "GET", "/api/v1/intake/forms/leads", "POST"),
                new Refusal(new Http(baseUrl()), "POST", "/embed/thanks", "GET"),
                // Spring MVC controllers
                new Refusal(withKey, "POST", "/api/v1/deals/1", "GET, PATCH"),
                new Refusal(withKey, "PATCH", "/api/v1/pipelines", "GET, POST"),
                new Refusal(withKey, "DELETE", "/api/v1/payments/health", "GET"));

        for (Refusal refusal : refusals) {
            HttpResponse<String> response = send(refusal.caller(), refusal.method(), refusal.path());
            String call = refusal.method() + " " + refusal.path();
            assertThat(response.statusCode()).as(call).isEqualTo(405);
            assertThat(ApiClient.isProblem(response)).as(call + " answers problem+json").isTrue();
            assertThat(response.headers().firstValue("Allow")).as(call).hasValue(refusal.allow());
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("title").asText()).as(call).isEqualTo("Method not allowed");
            assertThat(problem.get("detail").asText()).as(call)
                    .isEqualTo(refusal.method() + " is not allowed on this path; it takes " + refusal.allow() + ".");
        }
    }

    @Test
    void servedPathsStillAnswerAsBefore() {
        Http withKey = ApiClient.authenticated(baseUrl());

        assertThat(withKey.postJson("/api/v1/deals", ApiClient.dealJson("leads-autocloud", Unique.email("known"), "Known Path", null))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> pipelines = withKey.get("/api/v1/pipelines");
        assertThat(pipelines.statusCode()).isEqualTo(200);
        assertThat(pipelines.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(send(withKey, "HEAD", "/api/v1/pipelines").statusCode()).isEqualTo(200);
        assertThat(send(withKey, "OPTIONS", "/api/v1/deals").headers().firstValue("Allow")).hasValue("POST,OPTIONS");

        HttpResponse<String> missingDeal = withKey.get("/api/v1/deals/" + Long.MAX_VALUE);
        assertThat(missingDeal.statusCode()).isEqualTo(404);
        assertThat(missingDeal.body()).contains("no deal");
        HttpResponse<String> missingScript = new Http(baseUrl()).get("/embed/unknown.js");
        assertThat(missingScript.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(missingScript)).isTrue();
        assertThat(new Http(baseUrl()).get("/embed/thanks").statusCode()).isEqualTo(200);

        HttpResponse<String> preflight = send(new Http(baseUrl()).header("Origin", "https://any.example")
                .header("Access-Control-Request-Method", "POST"), "OPTIONS", "/api/v1/intake/forms/leads");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://any.example");

        assertThat(new Http(baseUrl()).get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(new Http(baseUrl()).get("/v3/api-docs").statusCode()).isEqualTo(200);
        HttpResponse<String> panel = new Http(baseUrl()).get("/");
        assertThat(panel.statusCode()).as("the panel still sends a browser to its login").isEqualTo(302);
        assertThat(panel.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static HttpResponse<String> send(Http caller, String method, String path) {
        HttpRequest.BodyPublisher body = List.of("POST", "PUT", "PATCH").contains(method)
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        return caller.send(caller.builder(path).header("Content-Type", "application/json").method(method, body));
    }

    private long[] rowCounts() {
        return new long[] {count("SELECT COUNT(*) FROM inbound_event"), count("SELECT COUNT(*) FROM contact"),
            count("SELECT COUNT(*) FROM deal"), count("SELECT COUNT(*) FROM pipeline")};
    }
}
