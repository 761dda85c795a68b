package com.leadwire.security;

import static com.leadwire.security.BadInputs.INVALID_EMAILS;
import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.escaped;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.BadInputs.utf8;
import static com.leadwire.security.SweepFixtures.body;
import static com.leadwire.testsupport.SignedPayloads.GENERIC_SECRET;
import static com.leadwire.testsupport.SignedPayloads.STRIPE_SECRET;
import static com.leadwire.testsupport.SignedPayloads.genericPaymentEvent;
import static com.leadwire.testsupport.SignedPayloads.genericSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Unique;

/** Payment events of any other provider ({@code X-Signature}) into the demo payment source "pagamentos". */
final class GenericPaymentBadInputs {

    private static final String GENERIC = "POST /api/v1/payments/generic/{providerKey}";
    private static final String GENERIC_PATH = "/api/v1/payments/generic/pagamentos";

    private final SweepFixtures app;

    GenericPaymentBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String genericEvent() {
        return genericPaymentEvent(Unique.key("e"), Unique.key("p"), "succeeded", Unique.email("generic"), "Cliente", "Curso");
    }

    private static Request generic(String path, String contentType, byte[] body, String signature) {
        return Request.post(path, contentType, body).header("X-Signature", signature);
    }

    private static Request signedGeneric(String contentType, byte[] body) {
        return generic(GENERIC_PATH, contentType, body, genericSignature(GENERIC_SECRET, body));
    }

    private static Case genericCase(String what, Supplier<String> body, Expected expected) {
        return new Case(GENERIC, what, () -> signedGeneric(JSON, utf8(body.get())), expected);
    }

    private static Case genericSignatureCase(String what, Function<byte[], String> signature) {
        return new Case(GENERIC, what, () -> {
            byte[] body = utf8(genericEvent());
            return generic(GENERIC_PATH, JSON, body, signature.apply(body));
        }, Expected.signatureRefused());
    }

    private static String genericEvent(String eventId, String paymentId, String status, String email, String name, String product) {
        return genericPaymentEvent(escaped(eventId), escaped(paymentId), escaped(status), escaped(email), escaped(name), escaped(product));
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>(brokenJsonBodies(GENERIC, GenericPaymentBadInputs::signedGeneric,
                GenericPaymentBadInputs::genericEvent, 422, true));
        cases.add(genericSignatureCase("no X-Signature", body -> null));
        cases.add(genericSignatureCase("signed with another secret", body -> genericSignature("someone-else", body)));
        cases.add(genericSignatureCase("signed with Stripe's secret", body -> genericSignature(STRIPE_SECRET, body)));
        cases.add(genericSignatureCase("no sha256= scheme", body -> genericSignature(GENERIC_SECRET, body).substring("sha256=".length())));
        cases.add(genericSignatureCase("empty signature", body -> "sha256="));
        cases.add(genericSignatureCase("not a signature", body -> "sha256=' OR '1'='1"));
        cases.add(new Case(GENERIC, "body changed after signing", () -> {
            String body = genericEvent();
            return generic(GENERIC_PATH, JSON, utf8(body.replace("97.50", "0.01")), genericSignature(GENERIC_SECRET, body));
        }, Expected.signatureRefused()));
        cases.add(new Case(GENERIC, "the same delivery again", () -> {
            Request first = signedGeneric(JSON, utf8(genericEvent()));
            assertThat(app.send(first).statusCode()).isEqualTo(200);
            return first;
        }, Expected.nothingChanged(200)));
        cases.add(new Case(GENERIC, "form encoded", () -> {
            byte[] body = utf8("eventId=e1&paymentId=p1&status=succeeded&email=" + Unique.email("g"));
            return generic(GENERIC_PATH, BadInputs.URLENCODED, body, genericSignature(GENERIC_SECRET, body));
        }, Expected.refused(415)));
        List<String> keys = new ArrayList<>(List.of(Unique.key("nobody"), "stripe", "mercadopago", "leads-autocloud"));
        keys.addAll(SQL_AND_MARKUP);
        for (String key : keys) {
            cases.add(new Case(GENERIC, "unknown provider key " + label(key), () -> {
                byte[] body = utf8(genericEvent());
                return generic("/api/v1/payments/generic/" + pathSegment(key), JSON, body, genericSignature(GENERIC_SECRET, body));
            }, Expected.refused(BadInputs.unknownKeyStatus(key))));
        }
        cases.add(genericCase("unknown property", () -> genericEvent().replace("\"product\"", "\"produto\""), Expected.refused(422)));
        cases.add(genericCase("amount not a number", () -> genericEvent().replace("97.50", "\"lots\""), Expected.refused(422)));
        cases.add(genericCase("no paymentId", () -> genericEvent().replaceFirst("\"paymentId\": \"[^\"]*\", ", ""), Expected.refused(422)));
        cases.add(genericCase("over-long name", () -> genericEvent(Unique.key("e"), Unique.key("p"), "new", Unique.email("g"),
                "x".repeat(5000), "Curso"), Expected.refused(422)));
        cases.add(genericCase("over-long product", () -> genericEvent(Unique.key("e"), Unique.key("p"), "new", Unique.email("g"),
                "Cliente", "x".repeat(300)), Expected.refused(422)));
        cases.add(genericCase("over-long payment id", () -> genericEvent(Unique.key("e"), "p".repeat(300), "new", Unique.email("g"),
                "Cliente", "Curso"), Expected.refused(422)));
        INVALID_EMAILS.forEach(email -> cases.add(genericCase("invalid e-mail " + label(email), () -> genericEvent(Unique.key("e"),
                Unique.key("p"), "new", email, "Cliente", "Curso"), Expected.refused(422))));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            cases.add(genericCase("status" + shown, () -> genericEvent(Unique.key("e"), Unique.key("p"), payload, Unique.email("g"),
                    "Cliente", "Curso"), Expected.refused(422)));
            cases.add(genericCase("currency" + shown, () -> genericEvent().replace("\"BRL\"", BadInputs.json(payload)),
                    Expected.refused(422)));
            cases.add(genericCase("name" + shown, () -> genericEvent(Unique.key("e"), Unique.key("p"), "new", Unique.email("g"),
                    payload, "Curso"), Expected.accepted(200, response -> assertThat(app.contactNameOfDeal(response)).isEqualTo(payload))));
            cases.add(genericCase("product" + shown, () -> genericEvent(Unique.key("e"), Unique.key("p"), "new", Unique.email("g"),
                    "Cliente", payload), Expected.accepted(200, response -> assertThat(app.text(
                    "SELECT products FROM deal WHERE id = ?", body(response).get("dealId").asLong())).isEqualTo(payload))));
            String eventId = payload + " " + Unique.suffix();
            cases.add(genericCase("event id" + shown, () -> genericEvent(eventId, Unique.key("p"), "new", Unique.email("g"), "Cliente",
                    "Curso"), Expected.accepted(200, response -> assertThat(app.count(
                    "SELECT COUNT(*) FROM inbound_event WHERE idempotency_key = ?", "PAYMENT:pagamentos:" + eventId)).isOne())));
            String paymentId = payload + " " + Unique.suffix();
            cases.add(genericCase("payment id" + shown, () -> genericEvent(Unique.key("e"), paymentId, "new", Unique.email("g"),
                    "Cliente", "Curso"), Expected.accepted(200, response -> assertThat(app.text(
                    "SELECT external_ref FROM deal WHERE id = ?", body(response).get("dealId").asLong()))
                    .isEqualTo("pagamentos:" + paymentId))));
        }
        return cases;
    }
}
