package com.leadwire.payments;

import static com.leadwire.testsupport.SignedPayloads.STRIPE_PREVIOUS_SECRET;
import static com.leadwire.testsupport.SignedPayloads.STRIPE_SECRET;
import static com.leadwire.testsupport.SignedPayloads.stripeCheckoutSession;
import static com.leadwire.testsupport.SignedPayloads.stripeEvent;
import static com.leadwire.testsupport.SignedPayloads.stripePaymentIntent;
import static com.leadwire.testsupport.SignedPayloads.stripeRefundedCharge;
import static com.leadwire.testsupport.SignedPayloads.stripeSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

import io.micrometer.core.instrument.MeterRegistry;

/** Stripe webhooks into the demo "stripe" source (autocloud: paid → CLIENTE, refunded → SEM INTERESSE). */
@OnH2
@ExtendWith(OutputCaptureExtension.class)
class StripeCallbacksIntegrationTests extends IntegrationTestSupport {

    private static final Pattern SUMMARY = Pattern.compile("Payment callbacks stripe for source 'stripe': (\\d+) more rejected");

    private static final String PATH = "/api/v1/payments/stripe";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MeterRegistry meters;

    @Autowired
    ChannelRejections channelRejections;

    private HttpResponse<String> post(String body, String signature) {
        Http http = new Http(baseUrl());
        return (signature == null ? http : http.header("Stripe-Signature", signature)).post(PATH, "application/json; charset=utf-8", body);
    }

    private HttpResponse<String> postSigned(String body) {
        return post(body, stripeSignature(Instant.now(), body, STRIPE_SECRET));
    }

    private String stageOfPayment(String paymentId) {
        return jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.external_ref = ?",
                String.class, "stripe:" + paymentId);
    }

    private long rejections() {
        channelRejections.flush();
        return count("SELECT COALESCE(SUM(rejected), 0) FROM channel_rejection WHERE provider = 'stripe' AND source_key = 'stripe'");
    }

    private void assertRejectedAndNothingStored(HttpResponse<String> response, String email, long rejectionsBefore) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ApiClient.isProblem(response)).isTrue();
        assertNothingStored(email);
        assertThat(rejections()).isEqualTo(rejectionsBefore + 1);
    }

    private void assertNothingStored(String email) {
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE payload LIKE ?", "%" + email + "%")).isZero();
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
    }

    @Test
    void aPaidCheckoutSessionCreatesTheDealInTheMappedStage() throws Exception {
        String email = Unique.email("payer");
        String paymentIntent = Unique.key("pi");
        String body = stripeEvent(Unique.key("evt"), "checkout.session.completed",
                stripeCheckoutSession(Unique.key("cs"), paymentIntent, "paid", email, "Paula Payer", 19990, "brl"));

        HttpResponse<String> response = postSigned(body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("repeated").asBoolean()).isFalse();
        long dealId = answer.get("dealId").asLong();
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("CLIENTE");
        assertThat(jdbc.queryForObject("SELECT amount FROM deal WHERE id = ?", BigDecimal.class, dealId)).isEqualByComparingTo("199.90");
        assertThat(jdbc.queryForObject("SELECT currency FROM deal WHERE id = ?", String.class, dealId)).isEqualTo("BRL");
        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE id = ?", String.class, dealId)).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("""
                SELECT e.email FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id WHERE d.id = ?""", String.class, dealId))
                .isEqualTo(email);
    }

    @Test
    void laterEventsOfOnePaymentMoveItsDealAndALateEarlierStatusDoesNotMoveItBack() throws Exception {
        String email = Unique.email("payer");
        String paymentIntent = Unique.key("pi");
        HttpResponse<String> created = postSigned(stripeEvent(Unique.key("evt"), "payment_intent.created",
                stripePaymentIntent(paymentIntent, email, 5000, "usd")));
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("LEAD");

        postSigned(stripeEvent(Unique.key("evt"), "charge.refunded", stripeRefundedCharge(Unique.key("ch"), paymentIntent, email, 5000, "usd")));
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("SEM INTERESSE");
        HttpResponse<String> late = postSigned(stripeEvent(Unique.key("evt"), "payment_intent.succeeded",
                stripePaymentIntent(paymentIntent, email, 5000, "usd")));

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("SEM INTERESSE");
        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE external_ref = ?", String.class, "stripe:" + paymentIntent))
                .isEqualTo("REFUNDED");
        assertThat(json.readTree(late.body()).get("dealId")).isEqualTo(json.readTree(created.body()).get("dealId"));
        assertThat(count("SELECT COUNT(*) FROM deal WHERE external_ref = ?", "stripe:" + paymentIntent)).isOne();
    }

    @Test
    void aRefundThatNamesNoPayerMovesTheDealOfItsPayment() {
        String email = Unique.email("payer");
        String paymentIntent = Unique.key("pi");
        postSigned(stripeEvent(Unique.key("evt"), "checkout.session.completed",
                stripeCheckoutSession(Unique.key("cs"), paymentIntent, "paid", email, "Paula Payer", 4990, "brl")));

        HttpResponse<String> refund = postSigned(stripeEvent(Unique.key("evt"), "charge.refunded",
                stripeRefundedCharge(Unique.key("ch"), paymentIntent, null, 4990, "brl")));

        assertThat(refund.statusCode()).isEqualTo(200);
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("SEM INTERESSE");
    }

    @Test
    void aFirstEventThatNamesNoPayerIsAcknowledgedAndStoresNothing() throws Exception {
        String paymentIntent = Unique.key("pi");

        HttpResponse<String> response = postSigned(stripeEvent(Unique.key("evt"), "payment_intent.created",
                stripePaymentIntent(paymentIntent, null, 100, "usd")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("ignored").asText()).isEqualTo("no payer e-mail");
        assertThat(count("SELECT COUNT(*) FROM deal WHERE external_ref = ?", "stripe:" + paymentIntent)).isZero();
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE payload LIKE ?", "%" + paymentIntent + "%")).isZero();
    }

    @Test
    void aRepeatedDeliveryOfOneEventAnswers200AndChangesNothing() throws Exception {
        String email = Unique.email("payer");
        String paymentIntent = Unique.key("pi");
        String eventId = Unique.key("evt");
        String body = stripeEvent(eventId, "checkout.session.completed",
                stripeCheckoutSession(Unique.key("cs"), paymentIntent, "unpaid", email, "Rita Repeat", 1000, "brl"));

        HttpResponse<String> first = postSigned(body);
        HttpResponse<String> again = postSigned(body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("repeated").asBoolean()).isTrue();
        assertThat(json.readTree(again.body()).get("dealId")).isEqualTo(json.readTree(first.body()).get("dealId"));
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE idempotency_key = ?", "PAYMENT:stripe:" + eventId)).isOne();
        assertThat(count("SELECT COUNT(*) FROM deal_history h JOIN deal d ON d.id = h.deal_id WHERE d.external_ref = ?",
                "stripe:" + paymentIntent)).isOne();
    }

    @Test
    void bothSignaturesOfASecretRotationPass() {
        String paymentIntent = Unique.key("pi");
        String body = stripeEvent(Unique.key("evt"), "payment_intent.succeeded",
                stripePaymentIntent(paymentIntent, Unique.email("rotation"), 2500, "eur"));

        HttpResponse<String> response = post(body, stripeSignature(Instant.now(), body, STRIPE_PREVIOUS_SECRET, STRIPE_SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("CLIENTE");
    }

    @Test
    void aSignatureOfTheStillValidPreviousSecretAloneAndAnUnknownOneBesideItPass() {
        String paymentIntent = Unique.key("pi");
        String body = stripeEvent(Unique.key("evt"), "payment_intent.succeeded",
                stripePaymentIntent(paymentIntent, Unique.email("rotation"), 2500, "eur"));

        HttpResponse<String> response = post(body, stripeSignature(Instant.now(), body, "whsec_unknown", STRIPE_PREVIOUS_SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stageOfPayment(paymentIntent)).isEqualTo("CLIENTE");
    }

    @Test
    void aReplayedOldTimestampIsRejected() {
        String email = Unique.email("replay");
        String body = stripeEvent(Unique.key("evt"), "payment_intent.succeeded", stripePaymentIntent(Unique.key("pi"), email, 100, "usd"));
        long before = rejections();

        HttpResponse<String> response = post(body, stripeSignature(Instant.now().minusSeconds(301), body, STRIPE_SECRET));

        assertRejectedAndNothingStored(response, email, before);
        assertThat(response.body()).contains("timestamp");
    }

    @Test
    void aTimestampTooFarInTheFutureIsRejected() {
        String email = Unique.email("future");
        String body = stripeEvent(Unique.key("evt"), "payment_intent.succeeded", stripePaymentIntent(Unique.key("pi"), email, 100, "usd"));
        long before = rejections();

        assertRejectedAndNothingStored(post(body, stripeSignature(Instant.now().plusSeconds(301), body, STRIPE_SECRET)), email, before);
    }

    @Test
    void aWrongSecretIsRejected() {
        String email = Unique.email("wrong");
        String body = stripeEvent(Unique.key("evt"), "payment_intent.succeeded", stripePaymentIntent(Unique.key("pi"), email, 100, "usd"));
        long before = rejections();

        assertRejectedAndNothingStored(post(body, stripeSignature(Instant.now(), body, "whsec_someone_else")), email, before);
    }

    @Test
    void aBodyChangedAfterSigningIsRejected() {
        String email = Unique.email("tampered");
        String body = stripeEvent(Unique.key("evt"), "payment_intent.succeeded", stripePaymentIntent(Unique.key("pi"), email, 100, "usd"));
        long before = rejections();

        assertRejectedAndNothingStored(post(body.replace("100", "1"), stripeSignature(Instant.now(), body, STRIPE_SECRET)), email, before);
    }

    @Test
    void aMissingSignatureHeaderIsRejected() {
        String email = Unique.email("unsigned");
        long before = rejections();

        assertRejectedAndNothingStored(post(stripeEvent(Unique.key("evt"), "payment_intent.succeeded",
                stripePaymentIntent(Unique.key("pi"), email, 100, "usd")), null), email, before);
    }

    @Test
    void malformedJsonWithAValidSignatureIs400AndStoresNothing() {
        String email = Unique.email("malformed");
        String body = "{\"id\": \"evt_x\", \"type\": \"payment_intent.succeeded\", \"data\": {\"object\": {\"receipt_email\": \"" + email + "\"";
        long before = rejections();

        HttpResponse<String> response = postSigned(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.isProblem(response)).isTrue();
        assertNothingStored(email);
        assertThat(rejections()).isEqualTo(before);
    }

    @Test
    void otherEventTypesAreAcknowledgedAndIgnored() throws Exception {
        String email = Unique.email("other");
        HttpResponse<String> response = postSigned(stripeEvent(Unique.key("evt"), "customer.created",
                "{\"id\": \"cus_1\", \"object\": \"customer\", \"email\": \"" + email + "\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).has("ignored")).isTrue();
        assertNothingStored(email);
    }

    private JsonNode stripeHealth() throws Exception {
        JsonNode health = json.readTree(ApiClient.authenticated(baseUrl()).get("/api/v1/payments/health").body());
        JsonNode stripe = null;
        for (JsonNode channel : health) {
            stripe = channel.get("sourceKey").asText().equals("stripe") ? channel : stripe;
        }
        return stripe;
    }

    @Test
    void theRejectionCountIsInThePaymentsHealthAndInTheMeter() throws Exception {
        post("{}", "t=1,v1=00");
        JsonNode stripe = stripeHealth();

        assertThat(stripe).isNotNull();
        assertThat(stripe.get("provider").asText()).isEqualTo("stripe");
        assertThat(stripe.get("signingSecretConfigured").asBoolean()).isTrue();
        assertThat(stripe.get("rejectedSignatures").asLong()).isEqualTo(rejections()).isPositive();
        assertThat(new Http(baseUrl()).get("/api/v1/payments/health").statusCode()).isEqualTo(401);
        assertThat(meters.get("leadwire.payments.signature.rejected").tags("provider", "stripe", "source", "stripe").counter().count())
                .isPositive();
    }

    @Test
    void aFloodOfForgedCallbacksIsCountedOneByOneButWrittenAndLoggedInBulk(CapturedOutput output) throws Exception {
        long before = rejections();
        int logBefore = output.getAll().length();

        for (int i = 0; i < 50; i++) {
            assertThat(post("{}", "t=1,v1=00").statusCode()).isEqualTo(401);
        }

        assertThat(stripeHealth().get("rejectedSignatures").asLong()).isEqualTo(before + 50);
        assertThat(rejections()).isEqualTo(before + 50);
        List<String> lines = output.getAll().substring(logBefore).lines().toList();
        long detailed = lines.stream().filter(line -> line.contains("Payment callback stripe for source 'stripe' rejected: ")).count();
        long summarized = lines.stream().map(SUMMARY::matcher).filter(Matcher::find).mapToLong(found -> Long.parseLong(found.group(1))).sum();
        assertThat(detailed).as("refusals logged one by one").isBetween(1L, 10L);
        assertThat(detailed + summarized).isEqualTo(50);
    }

    @Test
    void theCallbackIsLoggedInOneLineWithoutSecretOrSignature(CapturedOutput output) {
        String eventId = Unique.key("evt");
        String paymentIntent = Unique.key("pi");
        String body = stripeEvent(eventId, "payment_intent.succeeded", stripePaymentIntent(paymentIntent, Unique.email("log"), 100, "usd"));
        String signature = stripeSignature(Instant.now(), body, STRIPE_SECRET);
        String forged = stripeSignature(Instant.now(), body, "whsec_forged");

        post(body, signature);
        post(body, forged);

        assertThat(output.getAll()).contains("Payment callback stripe event " + eventId + ": payment " + paymentIntent + " SUCCEEDED, deal ")
                .doesNotContain(STRIPE_SECRET).doesNotContain(STRIPE_PREVIOUS_SECRET)
                .doesNotContain(signature.split(",")[1].substring(3)).doesNotContain(forged.split(",")[1].substring(3));
    }
}
