package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;

/** Every bad request to POST /api/v1/deals gets a 4xx problem and stores nothing. */
@OnH2
class ApiBadInputIntegrationTests extends IntegrationTestSupport {

    private static final String VALID = ApiClient.dealJson("leads-autocloud", "valid@example.com", "Valid", null);

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"contact\": {\"email\": ", 400),
                Arguments.of("not an object", "application/json", "[1, 2]", 422),
                Arguments.of("empty body", "application/json", "", 400),
                Arguments.of("wrong content type", "text/plain", VALID, 415),
                Arguments.of("form encoded", "application/x-www-form-urlencoded", "contact.email=a@example.com", 415),
                Arguments.of("missing contact", "application/json", "{\"source\": \"leads-autocloud\"}", 422),
                Arguments.of("missing e-mail", "application/json", "{\"contact\": {\"name\": \"No Mail\"}}", 422),
                Arguments.of("invalid e-mail", "application/json", "{\"contact\": {\"email\": \"not-an-email\"}}", 422),
                Arguments.of("e-mail with script", "application/json", "{\"contact\": {\"email\": \"<script>@x.com\"}}", 422),
                Arguments.of("unknown property", "application/json", "{\"contact\": {\"email\": \"a@example.com\", \"age\": 3}}", 422),
                Arguments.of("wrong type", "application/json", "{\"contact\": {\"email\": \"a@example.com\"}, \"deal\": {\"amount\": \"lots\"}}", 422),
                Arguments.of("negative amount", "application/json", "{\"contact\": {\"email\": \"a@example.com\"}, \"deal\": {\"amount\": -5}}", 422),
                Arguments.of("bad currency", "application/json", "{\"contact\": {\"email\": \"a@example.com\"}, \"deal\": {\"currency\": \"reais\"}}", 422),
                Arguments.of("unknown source", "application/json", ApiClient.dealJson("no-such-source", "a@example.com", "A", null), 404),
                Arguments.of("unknown pipeline", "application/json", "{\"contact\": {\"email\": \"a@example.com\"}, \"deal\": {\"pipelineId\": 999999}}", 404),
                Arguments.of("unknown stage", "application/json", "{\"contact\": {\"email\": \"a@example.com\"}, \"deal\": {\"stageId\": 999999}}", 404),
                Arguments.of("unknown rep", "application/json", "{\"contact\": {\"email\": \"a@example.com\"}, \"deal\": {\"responsible\": \"nobody\"}}", 422),
                Arguments.of("huge field", "application/json", "{\"contact\": {\"email\": \"a@example.com\", \"name\": \"" + "x".repeat(5000) + "\"}}", 422),
                Arguments.of("2 MB body", "application/json", "{\"contact\": {\"email\": \"a@example.com\", \"name\": \"" + "x".repeat(2_000_000) + "\"}}", 413));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndStoresNothing(String what, String contentType, String body, int status) {
        long[] before = rowCounts();
        HttpResponse<String> response = ApiClient.authenticated(baseUrl()).post("/api/v1/deals", contentType, body);

        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).as(what + " answers problem+json").isTrue();
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\"");
        assertThat(rowCounts()).as(what + " stores nothing").containsExactly(before);
    }

    static Stream<Arguments> badKeys() {
        return Stream.of(Arguments.of("no key", null), Arguments.of("wrong key", "wrong-key-0123456789abc"),
                Arguments.of("short key", "x"));
    }

    @ParameterizedTest(name = "{0} → 401")
    @MethodSource("badKeys")
    void withoutAValidApiKeyNothingIsReadOrWritten(String what, String key) {
        long[] before = rowCounts();
        Http http = key == null ? new Http(baseUrl()) : new Http(baseUrl()).header("X-Api-Key", key);

        HttpResponse<String> create = http.postJson("/api/v1/deals", VALID);
        HttpResponse<String> read = http.get("/api/v1/contacts?email=valid@example.com");
        HttpResponse<String> pipelines = http.send(http.builder("/api/v1/pipelines").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(pipelines.statusCode()).isEqualTo(401);
        assertThat(ApiClient.isProblem(create)).isTrue();
        assertThat(rowCounts()).containsExactly(before);
    }

    private long[] rowCounts() {
        return new long[] {
            count("SELECT COUNT(*) FROM inbound_event"), count("SELECT COUNT(*) FROM contact"),
            count("SELECT COUNT(*) FROM contact_email"), count("SELECT COUNT(*) FROM deal"),
            count("SELECT COUNT(*) FROM outbox_message")
        };
    }
}
