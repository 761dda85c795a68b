package com.leadwire.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** Every bad submission gets a 4xx problem+json and stores nothing: no event, contact or deal. */
@OnH2
class FormBadInputIntegrationTests extends IntegrationTestSupport {

    private static final String FORM = "/api/v1/intake/forms/leads-autocloud";
    private static final String URLENCODED = FormIntakeContract.URLENCODED;
    private static final String JSON = "application/json";
    private static final String SITE = "https://loja.example";

    @Autowired
    Sources sources;

    @Autowired
    Pipelines pipelines;

    static Stream<Arguments> badSubmissions() {
        String email = "EMAIL";
        return Stream.of(
                Arguments.of("malformed JSON", FORM, JSON, "{\"email\": ", 400),
                Arguments.of("JSON that is not an object", FORM, JSON, "[\"" + email + "\"]", 400),
                Arguments.of("empty body", FORM, JSON, "", 400),
                Arguments.of("broken % escape", FORM, URLENCODED, "nome=A&tipo=LEAD&email=" + email + "&x=%zz", 400),
                Arguments.of("urlencoded value not UTF-8", FORM, URLENCODED, "nome=%C3%28&tipo=LEAD&email=" + email, 400),
                Arguments.of("value without a name", FORM, URLENCODED, "=x&nome=A&tipo=LEAD&email=" + email, 400),
                Arguments.of("text/plain", FORM, "text/plain", "email=" + email, 415),
                Arguments.of("multipart", FORM, "multipart/form-data; boundary=x", "--x\r\n\r\n--x--", 415),
                Arguments.of("missing e-mail", FORM, URLENCODED, "nome=Sem+Email&tipo=LEAD", 422),
                Arguments.of("invalid e-mail", FORM, JSON, "{\"nome\": \"A\", \"tipo\": \"LEAD\", \"email\": \"not-an-email\"}", 422),
                Arguments.of("nested object", FORM, JSON, "{\"nome\": {\"a\": 1}, \"tipo\": \"LEAD\", \"email\": \"" + email + "\"}", 422),
                Arguments.of("missing required field", FORM, URLENCODED, "nome=Sem+Tipo&email=" + email, 422),
                Arguments.of("option not offered", FORM, URLENCODED, "nome=A&tipo=OUTRO&email=" + email, 422),
                Arguments.of("amount not a number", FORM, URLENCODED, "nome=A&tipo=LEAD&amount=muito&email=" + email, 422),
                Arguments.of("honeypot filled", FORM, URLENCODED, "nome=Bot&tipo=LEAD&website=http%3A%2F%2Fspam.example&email=" + email, 422),
                Arguments.of("consent missing", "/api/v1/intake/popups/popup-feirao", JSON, "{\"nome\": \"A\", \"email\": \"" + email + "\"}", 422),
                Arguments.of("consent refused", "/api/v1/intake/popups/popup-feirao", URLENCODED, "nome=A&aceite=false&email=" + email, 422),
                Arguments.of("unknown form", "/api/v1/intake/forms/no-such-form", JSON, "{\"email\": \"" + email + "\"}", 404),
                Arguments.of("pop-up key on the form path", "/api/v1/intake/forms/popup-feirao", JSON, "{\"email\": \"" + email + "\"}", 404),
                Arguments.of("form key on the pop-up path", "/api/v1/intake/popups/leads", JSON, "{\"email\": \"" + email + "\"}", 404),
                Arguments.of("2 MB body", FORM, URLENCODED, "nome=A&tipo=LEAD&email=" + email + "&x=" + "y".repeat(2_000_000), 413));
    }

    @ParameterizedTest(name = "{0} → {4}")
    @MethodSource("badSubmissions")
    void isRefusedWithAProblemAndStoresNothing(String what, String path, String contentType, String body, int status) {
        String email = Unique.email("bad");
        long[] before = rowCounts();

        HttpResponse<String> response = new Http(baseUrl()).post(path, contentType, body.replace("EMAIL", email));

        assertRefused(what, response, status, email, before);
    }

    @Test
    void theHoneypotProblemSaysWhy() {
        HttpResponse<String> response = new Http(baseUrl()).post(FORM, URLENCODED,
                "nome=Bot&tipo=LEAD&website=x&email=" + Unique.email("bot"));

        assertThat(response.body()).contains("website").contains("automated");
    }

    @Test
    void aPostFromAnOriginTheFormDoesNotAllowIsForbidden() {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Só da loja", """
                {"allowedOrigins": ["%s"]}""".formatted(SITE));
        String email = Unique.email("origin");
        long[] before = rowCounts();

        HttpResponse<String> response = new Http(baseUrl()).header("Origin", "https://evil.example")
                .postJson("/api/v1/intake/forms/" + key, "{\"email\": \"" + email + "\"}");

        assertRefused("disallowed origin", response, 403, email, before);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> allowed = new Http(baseUrl()).header("Origin", SITE)
                .postJson("/api/v1/intake/forms/" + key, "{\"email\": \"" + email + "\"}");
        assertThat(allowed.statusCode()).isEqualTo(201);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(SITE);
    }

    @Test
    void thePreflightIsAnsweredForAllowedOriginsOnlyAndProblemsAreReadableByThem() {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Preflight", """
                {"allowedOrigins": ["%s"]}""".formatted(SITE));
        String path = "/api/v1/intake/forms/" + key;

        HttpResponse<String> allowed = preflight(path, SITE);
        HttpResponse<String> refused = preflight(path, "https://evil.example");
        HttpResponse<String> anyOriginForTheDemoForm = preflight("/api/v1/intake/forms/leads", "https://any.example");
        HttpResponse<String> unknown = preflight("/api/v1/intake/forms/no-such-form", SITE);
        HttpResponse<String> problem = new Http(baseUrl()).header("Origin", SITE).postJson(path, "{\"email\": \"nope\"}");

        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(SITE);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods")).contains("POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers).contains("Content-Type").contains("Idempotency-Key"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiClient.isProblem(refused)).isTrue();
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(anyOriginForTheDemoForm.statusCode()).isEqualTo(204);
        assertThat(anyOriginForTheDemoForm.headers().firstValue("Access-Control-Allow-Origin")).contains("https://any.example");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problem.statusCode()).isEqualTo(422);
        assertThat(problem.headers().firstValue("Access-Control-Allow-Origin")).contains(SITE);
    }

    @Test
    void pastTheSourcesRateLimitAClientIsToldWhenToComeBack() {
        String key = FormTestSources.create(sources, pipelines, SourceKind.FORM, "Limitado", "{\"rateLimitPerMinute\": 2}");
        String path = "/api/v1/intake/forms/" + key;
        Http http = new Http(baseUrl());
        assertThat(http.postJson(path, "{\"email\": \"" + Unique.email("rate") + "\"}").statusCode()).isEqualTo(201);
        assertThat(http.postJson(path, "{\"email\": \"" + Unique.email("rate") + "\"}").statusCode()).isEqualTo(201);
        String email = Unique.email("rate");
        long[] before = rowCounts();

        HttpResponse<String> limited = http.postJson(path, "{\"email\": \"" + email + "\"}");

        assertRefused("third post in a minute", limited, 429, email, before);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(seconds ->
                assertThat(seconds).isBetween(1L, 60L));
        assertThat(http.postJson("/api/v1/intake/forms/leads-autocloud", """
                {"nome": "Outro form", "tipo": "LEAD", "email": "%s"}""".formatted(email)).statusCode())
                .as("the limit is per source").isEqualTo(201);
    }

    @Test
    void theSourceComesFromThePathNeverFromTheBodyOrTheQuery() {
        String email = Unique.email("path");

        HttpResponse<String> response = new Http(baseUrl()).header("Accept", "application/json").post(
                FORM + "?formKey=leads&popupKey=popup-feirao", URLENCODED,
                "formKey=leads&nome=Caminho&tipo=LEAD&email=" + email);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT source_key FROM inbound_event i JOIN contact_email e ON e.contact_id = i.contact_id "
                + "WHERE e.email = ?", String.class, email)).isEqualTo("leads-autocloud");
        assertThat(jdbc.queryForObject("SELECT custom_fields FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id "
                + "WHERE e.email = ?", String.class, email)).contains("\"formKey\":\"leads\"");
    }

    private HttpResponse<String> preflight(String path, String origin) {
        Http http = new Http(baseUrl()).header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type");
        return http.send(http.builder(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private void assertRefused(String what, HttpResponse<String> response, int status, String email, long[] before) {
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).as(what + " answers problem+json").isTrue();
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\"");
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).as(what + ": no contact").isZero();
        assertThat(rowCounts()).as(what + " stores nothing").containsExactly(before);
    }

    private long[] rowCounts() {
        return new long[] {
            count("SELECT COUNT(*) FROM inbound_event"), count("SELECT COUNT(*) FROM contact"),
            count("SELECT COUNT(*) FROM deal"), count("SELECT COUNT(*) FROM outbox_message")
        };
    }
}
