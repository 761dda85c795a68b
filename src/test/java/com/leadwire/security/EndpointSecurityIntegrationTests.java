package com.leadwire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.SignedPayloads;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The security sweep: every operation the OpenAPI description lists (so a new endpoint is
 * covered the day it is documented) refuses callers without a valid API key, except the public
 * intake paths that carry their own proof (signatures, secret tokens, rate limits); every panel
 * page needs a login; keys are stored hashed and secrets never reach the log.
 */
@OnH2
@ExtendWith(OutputCaptureExtension.class)
class EndpointSecurityIntegrationTests extends IntegrationTestSupport {

    /** Paths open to the world on purpose; each checks its caller its own way. */
    private static final List<String> PUBLIC_PREFIXES = List.of("/api/v1/intake/", "/api/v1/payments/stripe",
            "/api/v1/payments/mercadopago", "/api/v1/payments/generic/", "/embed/", "/api/v1/telegram/webhook");

    private final ObjectMapper json = new ObjectMapper();

    record Operation(String method, String path) {
    }

    private List<Operation> documentedOperations() throws Exception {
        JsonNode paths = json.readTree(new Http(baseUrl()).get("/v3/api-docs").body()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(new Operation(method.toUpperCase(), path.getKey())));
        }
        return operations;
    }

    private static boolean isPublic(Operation operation) {
        return PUBLIC_PREFIXES.stream().anyMatch(operation.path()::startsWith);
    }

    private HttpResponse<String> call(Http http, Operation operation) {
        String path = operation.path().replaceAll("\\{[^}]+}", "1");
        HttpRequest.BodyPublisher body = operation.method().equals("GET") || operation.method().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
        return http.send(http.builder(path).header("Content-Type", "application/json").method(operation.method(), body));
    }

    @Test
    void everyDocumentedOperationRefusesCallersWithoutAValidKey() throws Exception {
        List<Operation> protectedOperations = documentedOperations().stream().filter(operation -> !isPublic(operation)).toList();
        assertThat(protectedOperations).as("the sweep has something to sweep").hasSizeGreaterThan(10);
        long[] before = rowCounts();

        for (Operation operation : protectedOperations) {
            for (Http caller : List.of(new Http(baseUrl()), new Http(baseUrl()).header("X-Api-Key", "wrong-" + Unique.suffix()))) {
                HttpResponse<String> response = call(caller, operation);
                assertThat(response.statusCode()).as(operation.method() + " " + operation.path()).isEqualTo(401);
                assertThat(ApiClient.isProblem(response)).as(operation + " answers problem+json").isTrue();
            }
        }
        assertThat(rowCounts()).containsExactly(before);
    }

    @Test
    void metricsNeedAKeyAndHealthDoesNot() {
        assertThat(new Http(baseUrl()).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(ApiClient.authenticated(baseUrl()).get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(new Http(baseUrl()).get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void everyPanelPageSendsABrowserWithoutSessionToTheLogin() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = scanner.findCandidateComponents("com.leadwire").stream()
                .<Class<?>>map(candidate -> {
                    try {
                        return Class.forName(candidate.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(views.stream().filter(view -> view.isAnnotationPresent(AnonymousAllowed.class))
                .map(view -> view.getAnnotation(Route.class).value())).containsExactlyInAnyOrder("login", "invite");
        List<String> pages = views.stream().filter(view -> !view.isAnnotationPresent(AnonymousAllowed.class))
                // a route template's parameter (contacts/:contactId(\\d+)) gets a value it accepts
                .map(view -> view.getAnnotation(Route.class).value().replaceAll(":[A-Za-z]+(\\([^)]*\\))?", "1"))
                .toList();
        assertThat(pages).contains("", "mailbox", "contacts/1");

        for (String page : pages) {
            HttpResponse<String> response = new Http(baseUrl()).get("/" + page);
            assertThat(response.statusCode()).as("/" + page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("/" + page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void apiKeysAreStoredOnlyAsHashes() throws Exception {
        List<String> stored = jdbc.queryForList("SELECT key_hash FROM api_key", String.class);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ApiClient.TEST_API_KEY.getBytes(StandardCharsets.UTF_8)));

        assertThat(stored).contains(hash).doesNotContain(ApiClient.TEST_API_KEY);
        assertThat(count("SELECT COUNT(*) FROM api_key WHERE key_prefix = ?", ApiClient.TEST_API_KEY)).isZero();
    }

    @Test
    void neitherTheApiKeyNorTheAdminPasswordReachesTheLog(CapturedOutput output) {
        ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson("leads-autocloud", Unique.email("log"), "Log Check", null));
        new Http(baseUrl()).header("X-Api-Key", ApiClient.TEST_API_KEY + "x").get("/api/v1/pipelines");
        new Http(baseUrl()).post("/login", "application/x-www-form-urlencoded", "username=admin&password=admin-test-password");

        assertThat(output.getAll()).contains("Intake event").doesNotContain(ApiClient.TEST_API_KEY).doesNotContain("admin-test-password");
    }

    @Test
    void lineBreaksInInputCannotForgeALogLine(CapturedOutput output) {
        String forged = "FORGED " + Unique.suffix();
        String body = SignedPayloads.stripeEvent(Unique.key("evt") + "\\n" + forged + "\\r" + forged, "payment_intent.succeeded",
                SignedPayloads.stripePaymentIntent(Unique.key("pi"), Unique.email("log"), 1000, "brl"));

        HttpResponse<String> response = new Http(baseUrl())
                .header("Stripe-Signature", SignedPayloads.stripeSignature(Instant.now(), body, SignedPayloads.STRIPE_SECRET))
                .post("/api/v1/payments/stripe", "application/json", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(output.getAll()).contains(forged);
        assertThat(output.getAll().lines().filter(line -> line.startsWith(forged))).isEmpty();
    }

    @Test
    void lineBreaksInAnExceptionMessageCannotForgeALogLine(CapturedOutput output) {
        String forged = "FORGED " + Unique.suffix();
        IllegalStateException failure = new IllegalStateException("from a request:\n" + forged + "\r\n" + forged + "\r" + forged,
                new IllegalArgumentException("its cause:\n" + forged));

        LoggerFactory.getLogger(EndpointSecurityIntegrationTests.class).warn("Logged with its stack trace", failure);

        String logged = output.getAll();
        assertThat(logged.lines().filter(line -> line.startsWith(forged))).isEmpty();
        assertThat(logged).contains("IllegalStateException: from a request:⏎" + forged + "⏎" + forged + "⏎" + forged)
                .contains("Caused by: java.lang.IllegalArgumentException: its cause:⏎" + forged);
        assertThat(logged.lines().filter(line -> line.startsWith("\tat com.leadwire.security.EndpointSecurityIntegrationTests."))).isNotEmpty();
        assertThat(logged.split("from a request:", -1)).as("the trace is printed once").hasSize(2);
    }

    private long[] rowCounts() {
        return new long[] {
            count("SELECT COUNT(*) FROM inbound_event"), count("SELECT COUNT(*) FROM contact"), count("SELECT COUNT(*) FROM deal"),
            count("SELECT COUNT(*) FROM pipeline"), count("SELECT COUNT(*) FROM stage"), count("SELECT COUNT(*) FROM source")
        };
    }
}
