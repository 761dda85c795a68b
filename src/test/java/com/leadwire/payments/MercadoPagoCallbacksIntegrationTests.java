package com.leadwire.payments;

import static com.leadwire.testsupport.SignedPayloads.MERCADOPAGO_SECRET;
import static com.leadwire.testsupport.SignedPayloads.mercadoPagoNotification;
import static com.leadwire.testsupport.SignedPayloads.mercadoPagoSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.StubMercadoPago;
import com.leadwire.testsupport.Unique;

/** Mercado Pago notifications into the demo "mercadopago" source, the payments read from the stub Mercado Pago API. */
@OnH2
class MercadoPagoCallbacksIntegrationTests extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ChannelRejections channelRejections;

    private record Notification(String paymentId, String body, String requestId, String ts) {
    }

    private static Notification notification(String paymentId, String action) {
        return new Notification(paymentId, mercadoPagoNotification(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), action,
                paymentId), UUID.randomUUID().toString(), String.valueOf(System.currentTimeMillis()));
    }

    private HttpResponse<String> post(Notification notification, String signature) {
        return new Http(baseUrl()).header("x-signature", signature).header("x-request-id", notification.requestId())
                .postJson("/api/v1/payments/mercadopago?data.id=" + notification.paymentId() + "&type=payment", notification.body());
    }

    private HttpResponse<String> postSigned(Notification notification) {
        return post(notification, mercadoPagoSignature(MERCADOPAGO_SECRET, notification.paymentId(), notification.requestId(),
                notification.ts()));
    }

    private long rejections() {
        channelRejections.flush();
        return count("SELECT COALESCE(SUM(rejected), 0) FROM channel_rejection WHERE source_key = 'mercadopago'");
    }

    private static String paymentId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    private String stageOfPayment(String paymentId) {
        return jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.external_ref = ?",
                String.class, "mercadopago:" + paymentId);
    }

    private long storedFor(String paymentId, String email) {
        return count("SELECT COUNT(*) FROM deal WHERE external_ref = ?", "mercadopago:" + paymentId)
                + count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)
                + count("SELECT COUNT(*) FROM inbound_event WHERE payload LIKE ?", "%" + paymentId + "%");
    }

    @Test
    void aSignedNotificationOfAnApprovedPaymentCreatesTheDealInTheMappedStage() throws Exception {
        String paymentId = paymentId();
        String email = Unique.email("comprador");
        StubMercadoPago.payment(paymentId, "approved", email, "149.90", "BRL", "autocloud Pro anual");

        HttpResponse<String> response = postSigned(notification(paymentId, "payment.created"));

        assertThat(response.statusCode()).isEqualTo(200);
        long dealId = json.readTree(response.body()).get("dealId").asLong();
        assertThat(stageOfPayment(paymentId)).isEqualTo("CLIENTE");
        assertThat(jdbc.queryForObject("SELECT amount FROM deal WHERE id = ?", BigDecimal.class, dealId)).isEqualByComparingTo("149.90");
        assertThat(jdbc.queryForObject("SELECT products FROM deal WHERE id = ?", String.class, dealId)).isEqualTo("autocloud Pro anual");
        assertThat(jdbc.queryForObject("""
                SELECT c.name FROM deal d JOIN contact c ON c.id = d.contact_id WHERE d.id = ?""", String.class, dealId))
                .isEqualTo("Joana Prado");
    }

    @Test
    void laterNotificationsReadTheNewStatusAndMoveTheSameDeal() throws Exception {
        String paymentId = paymentId();
        String email = Unique.email("comprador");
        StubMercadoPago.payment(paymentId, "pending", email, "10.00", "BRL", "autocloud Starter");
        HttpResponse<String> pending = postSigned(notification(paymentId, "payment.created"));
        assertThat(stageOfPayment(paymentId)).isEqualTo("LEAD");

        StubMercadoPago.payment(paymentId, "refunded", email, "10.00", "BRL", "autocloud Starter");
        HttpResponse<String> refunded = postSigned(notification(paymentId, "payment.updated"));

        assertThat(refunded.statusCode()).isEqualTo(200);
        assertThat(json.readTree(refunded.body()).get("dealId")).isEqualTo(json.readTree(pending.body()).get("dealId"));
        assertThat(stageOfPayment(paymentId)).isEqualTo("SEM INTERESSE");
    }

    @Test
    void aBadSignatureIs401AndStoresNothingButTheRejection() {
        String paymentId = paymentId();
        String email = Unique.email("forjado");
        StubMercadoPago.payment(paymentId, "approved", email, "10.00", "BRL", "x");
        Notification notification = notification(paymentId, "payment.created");
        long before = rejections();

        HttpResponse<String> wrongSecret = post(notification, mercadoPagoSignature("not-the-secret", paymentId,
                notification.requestId(), notification.ts()));
        HttpResponse<String> otherPayment = post(notification, mercadoPagoSignature(MERCADOPAGO_SECRET, paymentId(),
                notification.requestId(), notification.ts()));

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(otherPayment.statusCode()).isEqualTo(401);
        assertThat(ApiClient.isProblem(wrongSecret)).isTrue();
        assertThat(storedFor(paymentId, email)).isZero();
        assertThat(rejections()).isEqualTo(before + 2);
    }

    @Test
    void whenMercadoPagoCannotBeAskedTheAnswerIs503AndNothingIsStoredUntilItsRetry() throws Exception {
        String paymentId = paymentId();
        String email = Unique.email("retry");
        StubMercadoPago.failing(paymentId, 500);
        Notification notification = notification(paymentId, "payment.created");

        HttpResponse<String> down = postSigned(notification);

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(ApiClient.isProblem(down)).isTrue();
        assertThat(storedFor(paymentId, email)).isZero();

        StubMercadoPago.payment(paymentId, "approved", email, "10.00", "BRL", "x");
        HttpResponse<String> retried = postSigned(notification);

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json.readTree(retried.body()).get("repeated").asBoolean()).isFalse();
        assertThat(stageOfPayment(paymentId)).isEqualTo("CLIENTE");
    }

    @Test
    void aPaymentMercadoPagoDoesNotKnowIsAcknowledgedAndIgnored() throws Exception {
        HttpResponse<String> response = postSigned(notification(paymentId(), "payment.created"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).has("ignored")).isTrue();
    }
}
