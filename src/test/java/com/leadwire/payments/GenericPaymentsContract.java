package com.leadwire.payments;

import static com.leadwire.testsupport.SignedPayloads.genericPaymentEvent;
import static com.leadwire.testsupport.SignedPayloads.genericSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * Generic payment callbacks (any provider, HMAC-signed JSON) into a source and pipeline of each
 * test's own, run on H2 and on MariaDB.
 */
abstract class GenericPaymentsContract extends IntegrationTestSupport {

    private static final String SECRET = "generic-current-secret";
    private static final String PREVIOUS_SECRET = "generic-previous-secret";
    private static final List<String> STAGES = List.of("Entrada", "Novo", "Recusado", "Pago", "Estornado");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    ChannelRejections channelRejections;

    private record PaymentSource(String key, PipelineView pipeline) {
    }

    /** A pipeline of {@link #STAGES}; with {@code mapped}, each payment status enters its own stage. */
    private PaymentSource paymentSource(boolean mapped) {
        PipelineView pipeline = pipelines.create(Unique.key("pagamentos"),
                STAGES.stream().map(name -> new StageDraft(name, StageKind.OPEN)).toList());
        if (mapped) {
            List<PaymentStatus> statuses = List.of(PaymentStatus.NEW, PaymentStatus.FAILED, PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED);
            for (int i = 0; i < statuses.size(); i++) {
                pipelines.setPaymentStage(pipeline.id(), statuses.get(i), pipeline.stages().get(i + 1).id());
            }
        }
        String key = Unique.key("loja");
        sources.create(new SourceDraft(SourceKind.PAYMENT, key, "Loja " + key, pipeline.id(), null, null, SECRET,
                "{\"previousSecrets\": [\"" + PREVIOUS_SECRET + "\"]}", List.of()), "test");
        return new PaymentSource(key, pipeline);
    }

    private static String event(String eventId, String paymentId, String status, String email) {
        return genericPaymentEvent(eventId, paymentId, status, email, "Cliente " + paymentId, "Curso de vendas");
    }

    private HttpResponse<String> post(String key, String body, String signature) {
        Http http = new Http(baseUrl());
        return (signature == null ? http : http.header("X-Signature", signature)).postJson("/api/v1/payments/generic/" + key, body);
    }

    private HttpResponse<String> postSigned(String key, String body) {
        return post(key, body, genericSignature(SECRET, body));
    }

    private String stageOf(PaymentSource source, String paymentId) {
        return jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.external_ref = ?",
                String.class, source.key() + ":" + paymentId);
    }

    private long storedFor(PaymentSource source) {
        return count("SELECT COUNT(*) FROM inbound_event WHERE source_key = ?", source.key())
                + count("SELECT COUNT(*) FROM deal WHERE pipeline_id = ?", source.pipeline().id());
    }

    @Test
    void shuffledRepeatedConcurrentEventsLeaveOneDealPerPaymentInItsHighestStatusStage() throws Exception {
        PaymentSource source = paymentSource(true);
        Random random = new Random(42);
        List<String> distinct = new ArrayList<>();
        Map<String, String> expectedStage = new HashMap<>();
        for (int payment = 0; payment < 40; payment++) {
            String paymentId = "pay_" + payment;
            boolean fullLife = payment < 30;
            List<String> statuses = fullLife ? List.of("new", "failed", "succeeded", "refunded") : List.of("new", "succeeded");
            String email = "cliente" + (payment % 25) + "-" + source.key() + "@example.com";
            for (String status : statuses) {
                distinct.add(event(paymentId + "-" + status, paymentId, status, email));
            }
            expectedStage.put(paymentId, fullLife ? "Estornado" : "Pago");
        }
        List<String> deliveries = new ArrayList<>(distinct);
        for (int repeat = 0; repeat < 60; repeat++) {
            deliveries.add(distinct.get(random.nextInt(distinct.size())));
        }
        Collections.shuffle(deliveries, random);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            deliveries.forEach(body -> answers.add(threads.submit(() -> postSigned(source.key(), body))));
            int repeated = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                repeated += json.readTree(response.body()).get("repeated").asBoolean() ? 1 : 0;
            }
            assertThat(repeated).isEqualTo(60);
        } finally {
            threads.shutdown();
        }

        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE source_key = ?", source.key())).isEqualTo(distinct.size());
        assertThat(count("SELECT COUNT(*) FROM deal WHERE pipeline_id = ?", source.pipeline().id())).isEqualTo(40);
        expectedStage.forEach((paymentId, stage) -> assertThat(stageOf(source, paymentId)).as(paymentId).isEqualTo(stage));
        assertThat(count("SELECT COUNT(DISTINCT contact_id) FROM deal WHERE pipeline_id = ?", source.pipeline().id())).isEqualTo(25);
    }

    @Test
    void eachStatusEntersTheStageThePipelineMapsItTo() {
        PaymentSource source = paymentSource(true);

        postSigned(source.key(), event(Unique.key("e"), "p1", "new", Unique.email("a")));
        String failedEmail = Unique.email("b");
        postSigned(source.key(), event(Unique.key("e"), "p2", "new", failedEmail));
        postSigned(source.key(), event(Unique.key("e"), "p2", "failed", failedEmail));
        postSigned(source.key(), event(Unique.key("e"), "p3", "succeeded", Unique.email("c")));

        assertThat(stageOf(source, "p1")).isEqualTo("Novo");
        assertThat(stageOf(source, "p2")).isEqualTo("Recusado");
        assertThat(stageOf(source, "p3")).isEqualTo("Pago");
    }

    @Test
    void withoutAMappingPaymentDealsStayInThePipelinesFirstStage() {
        PaymentSource source = paymentSource(false);
        String email = Unique.email("d");

        HttpResponse<String> created = postSigned(source.key(), event(Unique.key("e"), "p1", "new", email));
        HttpResponse<String> paid = postSigned(source.key(), event(Unique.key("e"), "p1", "succeeded", email));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(stageOf(source, "p1")).isEqualTo("Entrada");
        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE external_ref = ?", String.class, source.key() + ":p1"))
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aSignatureWithThePreviousSecretOfTheSourceSettingsPasses() {
        PaymentSource source = paymentSource(true);
        String body = event(Unique.key("e"), "p1", "succeeded", Unique.email("old"));

        assertThat(post(source.key(), body, genericSignature(PREVIOUS_SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(stageOf(source, "p1")).isEqualTo("Pago");
    }

    @Test
    void aBadOrMissingSignatureIs401AndStoresNothingButTheRejectionCount() {
        PaymentSource source = paymentSource(true);
        String body = event(Unique.key("e"), "p1", "succeeded", Unique.email("forged"));

        List<HttpResponse<String>> answers = List.of(
                post(source.key(), body, genericSignature("someone-else", body)),
                post(source.key(), body, null),
                post(source.key(), body, genericSignature(SECRET, body).substring("sha256=".length())),
                post(source.key(), body.replace("97.50", "0.01"), genericSignature(SECRET, body)));

        assertThat(answers).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(ApiClient.isProblem(response)).isTrue();
        });
        assertThat(storedFor(source)).isZero();
        channelRejections.flush();
        assertThat(count("SELECT rejected FROM channel_rejection WHERE provider = 'generic' AND source_key = ?", source.key())).isEqualTo(4);
    }

    @Test
    void aSourceWithoutAnySecretAnswers401ToEveryCallback() {
        PipelineView pipeline = pipelines.create(Unique.key("sem-segredo"), List.of(new StageDraft("Entrada", StageKind.OPEN)));
        String key = Unique.key("sem-segredo");
        sources.create(new SourceDraft(SourceKind.PAYMENT, key, "Sem segredo", pipeline.id(), null, null, null, null, List.of()), "test");
        String body = event(Unique.key("e"), "p1", "succeeded", Unique.email("nosecret"));

        HttpResponse<String> response = post(key, body, genericSignature("guess", body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("no signing secret");
        assertThat(count("SELECT COUNT(*) FROM deal WHERE pipeline_id = ?", pipeline.id())).isZero();
    }

    @Test
    void unknownPropertiesMissingFieldsAndBadValuesAre4xxAndStoreNothing() {
        PaymentSource source = paymentSource(true);
        String email = Unique.email("bad");
        String eventId = Unique.key("e");
        String valid = event(eventId, "p1", "succeeded", email);

        Map<String, Integer> expected = Map.of(
                valid.replace("\"product\"", "\"produto\""), 422,
                valid.replace("\"paymentId\": \"p1\", ", ""), 422,
                valid.replace("\"eventId\": \"" + eventId + "\", ", ""), 422,
                valid.replace("succeeded", "paid"), 422,
                valid.replace(email, "not-an-email"), 422,
                valid.replace("97.50", "\"lots\""), 422,
                "{\"eventId\": ", 400);
        expected.forEach((body, status) -> {
            HttpResponse<String> response = postSigned(source.key(), body);
            assertThat(response.statusCode()).as(body).isEqualTo(status);
            assertThat(ApiClient.isProblem(response)).isTrue();
        });
        String formBody = "eventId=" + eventId + "&paymentId=p1&status=succeeded&email=" + email;
        HttpResponse<String> form = new Http(baseUrl()).header("X-Signature", genericSignature(SECRET, formBody))
                .post("/api/v1/payments/generic/" + source.key(), "application/x-www-form-urlencoded", formBody);

        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(storedFor(source)).isZero();
        channelRejections.flush();
        assertThat(count("SELECT COUNT(*) FROM channel_rejection WHERE source_key = ?", source.key())).isZero();
    }

    @Test
    void anUnknownProviderKeyOrAProviderWithItsOwnEndpointIs404() {
        String body = event(Unique.key("e"), "p1", "succeeded", Unique.email("nobody"));

        assertThat(postSigned(Unique.key("nobody"), body).statusCode()).isEqualTo(404);
        assertThat(post("stripe", body, genericSignature("whsec_test_current", body)).statusCode()).isEqualTo(404);
        assertThat(postSigned("leads-autocloud", body).statusCode()).isEqualTo(404);
    }
}
