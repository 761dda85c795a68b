package com.leadwire.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.ApiClient;

/** The inputs every endpoint of the sweep gets, and the case families built from them. */
final class BadInputs {

    static final String JSON = "application/json";
    static final String URLENCODED = "application/x-www-form-urlencoded";
    /** {@code leadwire.http.max-body-bytes} in application.yml: api.RequestBodyLimit refuses a byte more. */
    static final int BODY_LIMIT = 1_048_576;

    /**
     * Text a person may type (O'Brien) that also reads as SQL, markup or a template. In a free-text
     * field it is only text: accepted and stored as sent. In a checked field (e-mail, key, code) it is refused.
     */
    static final List<String> SQL_AND_MARKUP = List.of(
            "O'Brien",
            "Robert'); DROP TABLE contact; --",
            "' OR '1'='1",
            "1; SELECT * FROM app_user --",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "{{contact.email}} ${jndi:ldap://127.0.0.1/x}");

    static final List<String> INVALID_EMAILS = List.of(
            "not-an-email", "a@b", "a@@example.com", "a b@example.com", "<script>@example.com",
            "x'; DROP TABLE contact;--@example.com", "a@example..com", ".a@example.com", "a@-example.com",
            "a".repeat(65) + "@example.com", "a@" + "b".repeat(250) + ".com");

    static final String UNKNOWN_ID = "999999999";
    /** Ids in a path that are not numbers. */
    static final List<String> BROKEN_IDS = List.of("abc", "1 OR 1=1", "<script>");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BadInputs() {
    }

    /** Builds the request of a JSON endpoint around exactly these body bytes (path, key, signature over the bytes). */
    @FunctionalInterface
    interface BodyEndpoint {
        Request request(String contentType, byte[] body);
    }

    /**
     * The broken bodies every JSON endpoint refuses, whatever it does: not JSON, cut short, empty,
     * a JSON value that is not an object, not UTF-8, the wrong or no content type, and a body over
     * the limit (with a Content-Length, and chunked without one).
     *
     * @param validBody   a body the endpoint would accept, to cut short or send with the wrong type
     * @param notAnObject the status for {@code [1, 2]}: 400 where Spring reads the body, 422 where it is read strictly
     */
    static List<Case> brokenJsonBodies(String operation, BodyEndpoint endpoint, Supplier<String> validBody, int notAnObject,
                                       boolean bodyRequired) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(operation, "malformed JSON", () -> endpoint.request(JSON, utf8("{\"email\": ")), Expected.refused(400)));
        cases.add(new Case(operation, "truncated JSON", () -> {
            String valid = validBody.get();
            return endpoint.request(JSON, utf8(valid.substring(0, valid.length() / 2)));
        }, Expected.refused(400)));
        if (bodyRequired) {
            cases.add(new Case(operation, "empty body", () -> endpoint.request(JSON, new byte[0]), Expected.refused(400)));
        }
        cases.add(new Case(operation, "JSON that is not an object", () -> endpoint.request(JSON, utf8("[1, 2]")),
                Expected.refused(notAnObject)));
        cases.add(new Case(operation, "bytes that are not UTF-8", () -> endpoint.request(JSON,
                new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), Expected.refused(400)));
        cases.add(new Case(operation, "text/plain", () -> endpoint.request("text/plain", utf8(validBody.get())), Expected.refused(415)));
        cases.add(new Case(operation, "no Content-Type", () -> endpoint.request(null, utf8(validBody.get())), Expected.refused(415)));
        cases.add(new Case(operation, "body over the limit", () -> endpoint.request(JSON, overTheLimit()), Expected.refused(413)));
        cases.add(new Case(operation, "body over the limit, chunked", () -> endpoint.request(JSON, overTheLimit()).sentChunked(),
                Expected.refused(413)));
        return cases;
    }

    /**
     * What an unknown key in a path gets: 404, unless it holds a character Spring Security's
     * firewall refuses in any URL ({@code ;} or {@code /}, percent-encoded): then 400 before any route runs.
     */
    static int unknownKeyStatus(String key) {
        return key.contains(";") || key.contains("/") ? 400 : 404;
    }

    /** A request as an API client sends it, with the test API key; {@code body} as JSON, or none. */
    static Request apiRequest(String method, String path, String contentType, String body) {
        return Request.post(path, contentType, body == null ? null : utf8(body)).method(method)
                .header("X-Api-Key", ApiClient.TEST_API_KEY);
    }

    static Case apiCase(String operation, String what, String method, Supplier<String> path, String body, Expected expected) {
        return new Case(operation, what, () -> apiRequest(method, path.get(), body == null ? null : JSON, body), expected);
    }

    /** A JSON object one byte longer than the body limit. */
    static byte[] overTheLimit() {
        byte[] body = new byte[BODY_LIMIT + 1];
        Arrays.fill(body, (byte) 'x');
        byte[] start = utf8("{\"name\": \"");
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as it goes between the quotes of a JSON string (for the payload builders that fill in %s). */
    static String escaped(String text) {
        String quoted = json(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A short label for a payload in a case name. */
    static String label(String payload) {
        return payload.length() <= 40 ? payload : payload.substring(0, 37) + "…";
    }
}
