package com.leadwire.security;

import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.escaped;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.BadInputs.utf8;
import static com.leadwire.security.SweepFixtures.body;
import static com.leadwire.testsupport.SignedPayloads.MERCADOPAGO_SECRET;
import static com.leadwire.testsupport.SignedPayloads.mercadoPagoNotification;
import static com.leadwire.testsupport.SignedPayloads.mercadoPagoSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.StubMercadoPago;
import com.leadwire.testsupport.Unique;

/** Mercado Pago notifications ({@code x-signature}); the payments they name are read from the stub Mercado Pago API. */
final class MercadoPagoBadInputs {

    private static final String MERCADOPAGO = "POST /api/v1/payments/mercadopago";

    private final SweepFixtures app;

    MercadoPagoBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String paymentId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    private static String notification(String paymentId) {
        return mercadoPagoNotification(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), "payment.updated", paymentId);
    }

    /** A notification about {@code dataId}, with the x-signature {@code sign} makes of (data.id, request id, ts). */
    private static Request mercadoPago(String contentType, byte[] body, String dataId, SignatureOf sign) {
        String requestId = UUID.randomUUID().toString();
        String ts = String.valueOf(System.currentTimeMillis());
        return Request.post("/api/v1/payments/mercadopago?data.id=" + pathSegment(dataId) + "&type=payment", contentType, body)
                .header("x-request-id", requestId).header("x-signature", sign.of(dataId, requestId, ts));
    }

    @FunctionalInterface
    private interface SignatureOf {
        String of(String dataId, String requestId, String ts);
    }

    private static String signed(String dataId, String requestId, String ts) {
        return mercadoPagoSignature(MERCADOPAGO_SECRET, dataId, requestId, ts);
    }

    /** A signed notification of a payment the stub Mercado Pago API knows, approved, with this payer and description. */
    private static Request knownPayment(String email, String description) {
        String paymentId = paymentId();
        StubMercadoPago.payment(paymentId, "approved", escaped(email), "49.90", "BRL", escaped(description));
        return mercadoPago(JSON, utf8(notification(paymentId)), paymentId, MercadoPagoBadInputs::signed);
    }

    private static Case mercadoPagoSignatureCase(String what, SignatureOf sign) {
        return new Case(MERCADOPAGO, what, () -> {
            String paymentId = paymentId();
            StubMercadoPago.payment(paymentId, "approved", Unique.email("mp"), "10.00", "BRL", "x");
            return mercadoPago(JSON, utf8(notification(paymentId)), paymentId, sign);
        }, Expected.signatureRefused());
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>(brokenJsonBodies(MERCADOPAGO, (type, body) -> {
            String paymentId = paymentId();
            StubMercadoPago.payment(paymentId, "approved", Unique.email("mp"), "10.00", "BRL", "x");
            return mercadoPago(type, body, paymentId, MercadoPagoBadInputs::signed);
        }, () -> notification(paymentId()), 422, true));
        cases.add(mercadoPagoSignatureCase("no x-signature", (dataId, requestId, ts) -> null));
        cases.add(mercadoPagoSignatureCase("signed with another secret", (dataId, requestId, ts) ->
                mercadoPagoSignature("not-the-secret", dataId, requestId, ts)));
        cases.add(mercadoPagoSignatureCase("signed for another payment", (dataId, requestId, ts) -> signed(paymentId(), requestId, ts)));
        cases.add(mercadoPagoSignatureCase("signed for another request", (dataId, requestId, ts) ->
                signed(dataId, UUID.randomUUID().toString(), ts)));
        cases.add(mercadoPagoSignatureCase("no ts", (dataId, requestId, ts) -> signed(dataId, requestId, ts).replaceFirst("ts=\\d+,", "")));
        cases.add(mercadoPagoSignatureCase("signed two days ago (a captured request replayed)", (dataId, requestId, ts) ->
                signed(dataId, requestId, String.valueOf(Long.parseLong(ts) - 2 * 86_400_000L))));
        cases.add(mercadoPagoSignatureCase("signed two days ahead", (dataId, requestId, ts) ->
                signed(dataId, requestId, String.valueOf(Long.parseLong(ts) + 2 * 86_400_000L))));
        cases.add(mercadoPagoSignatureCase("ts not a time, signed", (dataId, requestId, ts) -> signed(dataId, requestId, "soon")));
        cases.add(mercadoPagoSignatureCase("not a signature header", (dataId, requestId, ts) -> "<script>alert(1)</script>"));
        cases.add(new Case(MERCADOPAGO, "the same delivery again", () -> {
            Request first = knownPayment(Unique.email("mp"), "autocloud Pro");
            assertThat(app.send(first).statusCode()).isEqualTo(200);
            return first;
        }, Expected.nothingChanged(200)));
        cases.add(new Case(MERCADOPAGO, "a notification that is not about a payment", () -> {
            String paymentId = paymentId();
            return mercadoPago(JSON, utf8(notification(paymentId)), paymentId, MercadoPagoBadInputs::signed)
                    .withPath("/api/v1/payments/mercadopago?data.id=" + paymentId + "&type=plan");
        }, Expected.nothingChanged(200)));
        for (String dataId : List.of("1 OR 1=1", "<script>", "9".repeat(65))) {
            cases.add(new Case(MERCADOPAGO, "data.id " + label(dataId), () -> mercadoPago(JSON, utf8(notification(dataId)), dataId,
                    MercadoPagoBadInputs::signed), Expected.refused(422)));
        }
        for (String email : List.of("not-an-email", "<script>@example.com", "x'; DROP TABLE contact;--@example.com")) {
            cases.add(new Case(MERCADOPAGO, "payer e-mail " + label(email), () -> knownPayment(email, "x"), Expected.refused(422)));
        }
        for (String payload : SQL_AND_MARKUP) {
            cases.add(new Case(MERCADOPAGO, "description = " + label(payload), () -> knownPayment(Unique.email("mp"), payload),
                    Expected.accepted(200, response -> assertThat(app.text("SELECT products FROM deal WHERE id = ?",
                            body(response).get("dealId").asLong())).isEqualTo(payload))));
        }
        return cases;
    }
}
