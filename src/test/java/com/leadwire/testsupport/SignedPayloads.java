package com.leadwire.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Callbacks signed the way each provider signs them (written from the providers' documentation,
 * not from Leadwire's verifiers), and bodies shaped like theirs.
 */
public final class SignedPayloads {

    /** The test profile's secrets of the demo payment sources (application-test.yml). */
    public static final String STRIPE_SECRET = "whsec_test_current";
    public static final String STRIPE_PREVIOUS_SECRET = "whsec_test_previous";
    public static final String MERCADOPAGO_SECRET = "mp-test-secret";
    /** The demo generic payment source "pagamentos". */
    public static final String GENERIC_SECRET = "generic-test-secret";

    private SignedPayloads() {
    }

    /** {@code Stripe-Signature: t=<t>,v1=<HMAC of "t.body"> per secret}, as Stripe sends it (one v1 per active secret). */
    public static String stripeSignature(Instant at, String body, String... secrets) {
        return stripeSignature(at, body.getBytes(StandardCharsets.UTF_8), secrets);
    }

    /** The same over a body's raw bytes (which need not be UTF-8). */
    public static String stripeSignature(Instant at, byte[] body, String... secrets) {
        long t = at.getEpochSecond();
        byte[] prefix = (t + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return "t=" + t + Stream.of(secrets).map(secret -> ",v1=" + hmacHex(secret, signed))
                .collect(Collectors.joining()) + ",v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39";
    }

    public static String stripeEvent(String eventId, String type, String objectJson) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "2024-06-20",
                  "created": %d,
                  "data": {"object": %s},
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }""".formatted(eventId, Instant.now().getEpochSecond(), objectJson, type);
    }

    public static String stripeCheckoutSession(String sessionId, String paymentIntent, String paymentStatus, String email,
                                               String name, long amountTotal, String currency) {
        return """
                {"id": "%s", "object": "checkout.session", "amount_total": %d, "currency": "%s",
                 "customer_details": {"email": "%s", "name": "%s", "phone": null},
                 "mode": "payment", "payment_intent": %s, "payment_status": "%s", "status": "complete"}"""
                .formatted(sessionId, amountTotal, currency, email, name, paymentIntent == null ? "null" : "\"" + paymentIntent + "\"",
                        paymentStatus);
    }

    public static String stripePaymentIntent(String paymentIntent, String receiptEmail, long amount, String currency) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": %d, "currency": "%s", "receipt_email": %s,
                 "status": "succeeded", "description": "autocloud Pro"}"""
                .formatted(paymentIntent, amount, currency, receiptEmail == null ? "null" : "\"" + receiptEmail + "\"");
    }

    public static String stripeRefundedCharge(String chargeId, String paymentIntent, String email, long amount, String currency) {
        return """
                {"id": "%s", "object": "charge", "amount": %d, "amount_refunded": %d, "currency": "%s",
                 "billing_details": {"email": %s, "name": null}, "payment_intent": "%s", "receipt_email": null, "refunded": true}"""
                .formatted(chargeId, amount, amount, currency, email == null ? "null" : "\"" + email + "\"", paymentIntent);
    }

    /**
     * {@code x-signature: ts=<ts>,v1=<hex>} over the manifest {@code id:<data.id>;request-id:<x-request-id>;ts:<ts>;},
     * data.id lower-cased when alphanumeric, absent parts left out.
     */
    public static String mercadoPagoSignature(String secret, String dataId, String requestId, String ts) {
        String manifest = (dataId == null ? "" : "id:" + (dataId.matches("[A-Za-z0-9]+") ? dataId.toLowerCase() : dataId) + ";")
                + (requestId == null ? "" : "request-id:" + requestId + ";") + "ts:" + ts + ";";
        return "ts=" + ts + ",v1=" + hmacHex(secret, manifest);
    }

    public static String mercadoPagoNotification(long notificationId, String action, String paymentId) {
        return """
                {"id": %d, "live_mode": false, "type": "payment", "date_created": "2026-12-01T10:04:58.000-03:00",
                 "user_id": 44444, "api_version": "v1", "action": "%s", "data": {"id": "%s"}}"""
                .formatted(notificationId, action, paymentId);
    }

    /** A payment event as the generic endpoint takes it (amount 97.50 BRL). */
    public static String genericPaymentEvent(String eventId, String paymentId, String status, String email, String name,
                                             String product) {
        return """
                {"eventId": "%s", "paymentId": "%s", "status": "%s", "email": "%s", "name": "%s",
                 "amount": 97.50, "currency": "BRL", "product": "%s"}""".formatted(eventId, paymentId, status, email, name, product);
    }

    /** {@code X-Signature: sha256=<hex HMAC-SHA256 of the body>}. */
    public static String genericSignature(String secret, String body) {
        return genericSignature(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    public static String genericSignature(String secret, byte[] body) {
        return "sha256=" + hmacHex(secret, body);
    }

    public static String hmacHex(String secret, String message) {
        return hmacHex(secret, message.getBytes(StandardCharsets.UTF_8));
    }

    public static String hmacHex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
