package com.leadwire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TableSnapshot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends each case of the bad-input corpus to the running app and checks what the public contract
 * promises: a refused request gets its 4xx as {@code application/problem+json} with a title and a
 * detail, and leaves every table as it was; text that is only text (SQL or markup in a name) is
 * accepted and stored verbatim; nothing gets a 5xx. Counts the outcomes for the summary.
 */
final class BadInputSweep {

    /**
     * Tables a background loop updates in place while the sweep runs (outbox delivery marks rows
     * sent, a running import stores its progress, the Telegram poller renews its lease, the
     * automation timers fire, a due task records its reminder): their rows are counted, their
     * contents not compared.
     */
    private static final Set<String> REWRITTEN_IN_BACKGROUND = Set.of("outbox_message", "import_job", "telegram_poll_lease",
            "automation_timer", "task");
    /**
     * Signature rejections are counted in memory and added to this table every few seconds, by
     * whichever case is running then: not compared; the sweep counts rejections by their meter.
     */
    private static final String REJECTION_COUNTS = "channel_rejection";
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Outcome {
        /** 4xx problem+json, no table changed. */
        REFUSED,
        /** 401 problem+json for a bad signature: only the rejection count went up, by one. */
        SIGNATURE_REFUSED,
        /** 2xx as documented, and what was stored is checked (text as it was sent, a bad import row rejected). */
        ACCEPTED,
        /** 2xx acknowledgement of something that changes nothing (a repeated or ignored callback). */
        NOTHING_CHANGED
    }

    /** Reads back what an accepted request stored, and asserts it. */
    @FunctionalInterface
    interface StoredCheck {
        void verify(HttpResponse<String> response) throws Exception;
    }

    record Expected(Outcome outcome, int status, StoredCheck stored) {

        static Expected refused(int status) {
            return new Expected(Outcome.REFUSED, status, null);
        }

        static Expected signatureRefused() {
            return new Expected(Outcome.SIGNATURE_REFUSED, 401, null);
        }

        static Expected accepted(int status, StoredCheck stored) {
            return new Expected(Outcome.ACCEPTED, status, stored);
        }

        static Expected nothingChanged(int status) {
            return new Expected(Outcome.NOTHING_CHANGED, status, null);
        }
    }

    /** How a body goes on the wire. */
    enum Sending {
        /** With a Content-Length. */
        WHOLE,
        /** Chunked, without a Content-Length. */
        CHUNKED,
        /**
         * With {@code Expect: 100-continue}, as curl sends large uploads: a server that refuses the
         * body by its Content-Length answers before it is sent, instead of resetting a connection
         * the client is still writing to.
         */
        AFTER_100_CONTINUE
    }

    /** One HTTP request as sent. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, Sending sending) {

        static Request post(String path, String contentType, String body) {
            return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        static Request post(String path, String contentType, byte[] body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Request("POST", path, headers, body, Sending.WHOLE);
        }

        static Request get(String path) {
            return new Request("GET", path, Map.of(), null, Sending.WHOLE);
        }

        Request method(String newMethod) {
            return new Request(newMethod, path, headers, body, sending);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            if (value == null) {
                more.remove(name);
            } else {
                more.put(name, value);
            }
            return new Request(method, path, more, body, sending);
        }

        Request withPath(String newPath) {
            return new Request(method, newPath, headers, body, sending);
        }

        Request withBody(byte[] newBody) {
            return new Request(method, path, headers, newBody, sending);
        }

        Request sentChunked() {
            return new Request(method, path, headers, body, Sending.CHUNKED);
        }

        Request sentAfter100Continue() {
            return new Request(method, path, headers, body, Sending.AFTER_100_CONTINUE);
        }
    }

    /**
     * @param operation the documented operation it exercises, e.g. {@code POST /api/v1/deals/{id}/move}
     * @param request   made when the case runs (it may first create what it needs, e.g. a deal to move)
     */
    record Case(String operation, String what, Supplier<Request> request, Expected expected) {

        String name() {
            return operation + ": " + what + " → " + expected.status();
        }
    }

    /** Outcomes over every case run, for the closing summary (the cases of a class run one after another). */
    static final class Tally {

        private final Map<Outcome, Integer> passed = new EnumMap<>(Outcome.class);
        private int cases;
        private int problems;
        private int serverErrors;
        private int partialWrites;
        private final List<String> failures = new ArrayList<>();

        String summary(String database) {
            return ("Bad-input sweep on %s: %d cases, %d 4xx problem+json (%d of them signature rejections), %d accepted "
                    + "as documented, %d acknowledged without change, %d 5xx, %d partial writes, %d failed")
                    .formatted(database, cases, problems, passed.getOrDefault(Outcome.SIGNATURE_REFUSED, 0),
                            passed.getOrDefault(Outcome.ACCEPTED, 0), passed.getOrDefault(Outcome.NOTHING_CHANGED, 0),
                            serverErrors, partialWrites, failures.size());
        }

        List<String> failures() {
            return List.copyOf(failures);
        }
    }

    private final String baseUrl;
    private final JdbcTemplate jdbc;
    private final Tally tally;
    private final LongSupplier rejections;

    /** Signature rejections the app has counted so far, by its meter (summed over providers and sources). */
    static LongSupplier signatureRejections(MeterRegistry meters) {
        return () -> (long) meters.find("leadwire.payments.signature.rejected").counters().stream().mapToDouble(Counter::count).sum();
    }

    /** @param rejections signature rejections counted so far ({@link #signatureRejections}) */
    BadInputSweep(String baseUrl, JdbcTemplate jdbc, Tally tally, LongSupplier rejections) {
        this.baseUrl = baseUrl;
        this.jdbc = jdbc;
        this.tally = tally;
        this.rejections = rejections;
    }

    void run(Case sweepCase) throws Exception {
        Request request = sweepCase.request().get();
        Expected expected = sweepCase.expected();
        boolean refusal = expected.outcome() == Outcome.REFUSED || expected.outcome() == Outcome.SIGNATURE_REFUSED;
        boolean comparesTables = refusal || expected.outcome() == Outcome.NOTHING_CHANGED;
        TableSnapshot before = comparesTables ? TableSnapshot.of(jdbc, REWRITTEN_IN_BACKGROUND) : null;
        long rejectionsBefore = rejections.getAsLong();

        HttpResponse<String> response = send(baseUrl, request);

        List<String> changes = comparesTables ? before.changesIn(TableSnapshot.of(jdbc, REWRITTEN_IN_BACKGROUND)).stream()
                .filter(change -> !change.startsWith(REJECTION_COUNTS + ":")).toList() : List.of();
        long newRejections = rejections.getAsLong() - rejectionsBefore;
        count(sweepCase, response, changes);
        try {
            assertThat(response.statusCode()).as("%s\n%s", sweepCase.name(), response.body()).isEqualTo(expected.status());
            if (refusal) {
                assertProblem(response);
                assertThat(newRejections).as("signature rejections counted").isEqualTo(
                        expected.outcome() == Outcome.SIGNATURE_REFUSED ? 1 : 0);
            }
            assertThat(changes).as("tables changed by %s", sweepCase.name()).isEmpty();
            if (expected.stored() != null) {
                expected.stored().verify(response);
            }
        } catch (AssertionError | Exception failure) {
            tally.failures.add(sweepCase.name() + ": " + failure.getMessage());
            throw failure;
        }
        tally.passed.merge(expected.outcome(), 1, Integer::sum);
    }

    private void count(Case sweepCase, HttpResponse<String> response, List<String> changes) {
        int status = response.statusCode();
        boolean problem = status >= 400 && status < 500 && isProblem(response);
        tally.cases++;
        tally.problems += problem ? 1 : 0;
        tally.serverErrors += status >= 500 ? 1 : 0;
        tally.partialWrites += status >= 400 && !changes.isEmpty() ? 1 : 0;
    }

    private static void assertProblem(HttpResponse<String> response) throws Exception {
        assertThat(isProblem(response)).as("Content-Type of %s", response.headers().map()).isTrue();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as("status in the problem").isEqualTo(response.statusCode());
        assertThat(problem.path("title").asText()).as("title").isNotBlank();
        assertThat(problem.path("detail").asText()).as("detail").isNotBlank()
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.");
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    static HttpResponse<String> send(String baseUrl, Request request) {
        if (request.sending() == Sending.AFTER_100_CONTINUE) {
            return ExpectContinueClient.send(baseUrl, request);
        }
        Http http = new Http(baseUrl);
        HttpRequest.Builder builder = http.builder(request.path());
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        if (request.sending() == Sending.CHUNKED) {
            body = HttpRequest.BodyPublishers.fromPublisher(body);
        }
        return http.send(builder.method(request.method(), body));
    }
}
