package com.leadwire.leads;

import static com.leadwire.testsupport.SignedPayloads.STRIPE_SECRET;
import static com.leadwire.testsupport.SignedPayloads.stripeCheckoutSession;
import static com.leadwire.testsupport.SignedPayloads.stripeEvent;
import static com.leadwire.testsupport.SignedPayloads.stripePaymentIntent;
import static com.leadwire.testsupport.SignedPayloads.stripeSignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * The two default groups end to end, with the demo's signed Stripe source, real SMTP and the test
 * clock: an unfinished order (payment failed, or a checkout session expired) gets its follow-ups
 * until it pays; an abandoned checkout (an e-mail left at a checkout form, no payment within the
 * group's time) gets its first e-mail, unsubscribes through its link, and the second never leaves.
 * Each test switches a default group on for itself and back afterwards. Run on H2 and on MariaDB.
 */
abstract class DefaultLeadGroupsContract extends LeadGroupTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private HttpResponse<String> stripe(String type, String objectJson) {
        String body = stripeEvent(Unique.key("evt"), type, objectJson);
        HttpResponse<String> answer = new Http(baseUrl()).header("Stripe-Signature", stripeSignature(Instant.now(), body, STRIPE_SECRET))
                .post("/api/v1/payments/stripe", "application/json; charset=utf-8", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private long dealOfPayment(String paymentId) {
        return jdbc.queryForObject("SELECT id FROM deal WHERE external_ref = ?", Long.class, "stripe:" + paymentId);
    }

    private LeadGroupView unfinishedOrders(long sequence) {
        return changeDefault(LeadSource.UNFINISHED, draft -> new LeadGroupDraft(draft.name(), draft.description(), LeadGroupStatus.ACTIVE,
                null, LeadSource.UNFINISHED, List.of(sequence), null, null, draft.priority(), List.of(), null, null, true, null, null));
    }

    private LeadGroupView abandonedCheckouts(long sequence, String abandonAfter) {
        return changeDefault(LeadSource.ABANDONED, draft -> new LeadGroupDraft(draft.name(), draft.description(), LeadGroupStatus.ACTIVE,
                null, LeadSource.ABANDONED, List.of(sequence), null, null, draft.priority(), List.of(), null, null, true, null, abandonAfter));
    }

    /** A checkout form of its own, in a pipeline of its own, made through the sources API ("checkout": true). */
    private String checkoutForm() throws Exception {
        PipelineView pipeline = pipelines.create(Unique.key("Checkout"), List.of(new StageDraft("Carrinho", StageKind.OPEN),
                new StageDraft("Pago", StageKind.WON)));
        String key = Unique.key("checkout");
        ObjectNode source = json.createObjectNode().put("kind", "FORM").put("key", key).put("name", "Checkout " + key)
                .put("pipelineId", pipeline.id()).put("stageId", pipeline.stages().get(0).id()).put("checkout", true)
                .put("settings", """
                        {"fields": [{"name": "email", "label": "E-mail", "type": "email", "required": true}],
                         "mapping": {"email": "contact.email"}}""");
        assertThat(ok(api().postJson("/api/v1/sources", source.toString()), 201).get("checkout").asBoolean()).isTrue();
        return key;
    }

    private void awaitEmails(String email, String template, int count) {
        await().atMost(PATIENCE).until(() -> received(email, template).size() == count);
    }

    @Test
    void anUnfinishedOrderGetsThreeFollowUpsThenPaysAndReceivesNothingMore() throws Exception {
        String template = template();
        long sequence = sequence(template, "PT10M", 3, "10");
        LeadGroupView group = unfinishedOrders(sequence);
        String email = Unique.email("pedido");
        String payment = Unique.key("pi");

        stripe("payment_intent.payment_failed", stripePaymentIntent(payment, email, 19990, "brl"));
        long deal = dealOfPayment(payment);
        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE id = ?", String.class, deal)).isEqualTo("FAILED");
        assertThat(groupOf(deal)).isEqualTo(group.id());
        for (int step = 1; step <= 3; step++) {
            pass(Duration.ofMinutes(10));
            awaitEmails(email, template, step);
        }
        List<MimeMessage> three = received(email, template);
        assertThat(three).extracting(LeadGroupTestSupport::subject)
                .containsExactly(template + " passo 1", template + " passo 2", template + " passo 3");
        assertThat(body(three.get(0))).contains("10% de desconto");

        stripe("payment_intent.succeeded", stripePaymentIntent(payment, email, 19990, "brl"));
        stripe("payment_intent.payment_failed", stripePaymentIntent(payment, email, 19990, "brl"));
        pass(Duration.ofDays(2));

        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE id = ?", String.class, deal)).isEqualTo("SUCCEEDED");
        assertThat(received(email, template)).as("nothing after the payment").hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_member WHERE deal_id = ?", Long.class, deal)).isEqualTo(1);
        FollowUpView followUp = onlyFollowUp(deal);
        assertThat(followUp.status()).isEqualTo(Status.COMPLETED);
        assertThat(followUp.emails()).extracting(FollowUpView.Email::step).containsExactly(1, 2, 3);
    }

    @Test
    void aPaymentBetweenTwoFollowUpsStopsTheRest() throws Exception {
        String template = template();
        unfinishedOrders(sequence(template, "PT10M", 3, null));
        String email = Unique.email("paga-depois");
        String payment = Unique.key("pi");
        stripe("payment_intent.payment_failed", stripePaymentIntent(payment, email, 5000, "brl"));
        pass(Duration.ofMinutes(10));
        awaitEmails(email, template, 1);

        stripe("payment_intent.succeeded", stripePaymentIntent(payment, email, 5000, "brl"));
        pass(Duration.ofMinutes(30));

        FollowUpView followUp = onlyFollowUp(dealOfPayment(payment));
        assertThat(followUp.stopReason()).isEqualTo(StopReason.PAYMENT_SUCCEEDED);
        assertThat(received(email, template)).hasSize(1);
    }

    @Test
    void anExpiredCheckoutSessionWithAnEmailIsAnUnfinishedOrder() throws Exception {
        String template = template();
        LeadGroupView group = unfinishedOrders(sequence(template, "PT10M", 1, null));
        String email = Unique.email("expirou");
        String session = Unique.key("cs");

        stripe("checkout.session.expired", stripeCheckoutSession(session, null, "unpaid", email, "Eva Expirada", 4990, "brl"));
        long deal = dealOfPayment(session);
        stripe("checkout.session.completed", stripeCheckoutSession(session, null, "unpaid", email, "Eva Expirada", 4990, "brl"));

        assertThat(jdbc.queryForObject("SELECT payment_status FROM deal WHERE id = ?", String.class, deal))
                .as("a late 'created' does not undo the expiry").isEqualTo("EXPIRED");
        assertThat(groupOf(deal)).isEqualTo(group.id());
        pass(Duration.ofMinutes(10));
        awaitEmails(email, template, 1);
    }

    @Test
    void anAbandonedCheckoutUnsubscribesFromTheFirstEmailsLinkAndTheSecondNeverLeaves() throws Exception {
        String template = template();
        LeadGroupView group = abandonedCheckouts(sequence(template, "PT10M", 2, null), "PT30M");
        String checkout = checkoutForm();
        String email = Unique.email("abandonou");

        long deal = newDeal(checkout, email, "Curso", null, null, null);
        pass(Duration.ofMinutes(29));
        assertThat(groupOf(deal)).as("still waiting for the payment").isNull();
        pass(Duration.ofMinutes(2));
        assertThat(groupOf(deal)).isEqualTo(group.id());
        pass(Duration.ofMinutes(10));
        awaitEmails(email, template, 1);

        MimeMessage first = received(email, template).get(0);
        String header = TestSmtp.header(first, "List-Unsubscribe");
        String link = header.substring(1, header.length() - 1);
        assertThat(body(first)).contains(link);
        String path = URI.create(link).getPath();
        HttpResponse<String> page = new Http(baseUrl()).get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("method=\"post\"");
        HttpResponse<String> done = new Http(baseUrl()).post(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        pass(Duration.ofMinutes(10));
        pass(Duration.ofHours(1));

        FollowUpView followUp = onlyFollowUp(deal);
        assertThat(followUp.stopReason()).isEqualTo(StopReason.UNSUBSCRIBED);
        assertThat(followUp.emails()).extracting(FollowUpView.Email::step).containsExactly(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(onlyFollowUp(deal).emails().get(0).status()).isEqualTo(EmailStatus.SENT));
        assertThat(received(email, template)).as("the second e-mail never leaves").hasSize(1);
    }

    @Test
    void aCheckoutPaidInTimeIsNotAbandonedAndAFormThatIsNoCheckoutNeverIs() throws Exception {
        abandonedCheckouts(sequence(template(), "PT10M", 1, null), "PT30M");
        String checkout = checkoutForm();
        String payer = Unique.email("pagou");
        long paid = newDeal(checkout, payer, "Curso", null, null, null);
        String other = apiSourceForm();
        long plain = newDeal(other, Unique.email("so-formulario"), "Curso", null, null, null);

        pass(Duration.ofMinutes(5));
        stripe("payment_intent.succeeded", stripePaymentIntent(Unique.key("pi"), payer, 5000, "brl"));
        pass(Duration.ofMinutes(30));

        assertThat(groupOf(paid)).as("paid within the time, through the payment's own deal").isNull();
        assertThat(groupOf(plain)).as("not a checkout").isNull();
    }

    /** A form that is not a checkout. */
    private String apiSourceForm() {
        PipelineView pipeline = pipelines.create(Unique.key("Form"), List.of(new StageDraft("Entrada", StageKind.OPEN)));
        String key = Unique.key("form");
        sources.create(new SourceDraft(SourceKind.FORM, key, "Form " + key, pipeline.id(), pipeline.stages().get(0).id(), null, null, """
                {"fields": [{"name": "email", "label": "E-mail", "type": "email", "required": true}],
                 "mapping": {"email": "contact.email"}}""", List.of()), "test");
        return key;
    }
}
