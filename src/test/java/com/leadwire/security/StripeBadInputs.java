package com.leadwire.security;

import static com.leadwire.security.BadInputs.INVALID_EMAILS;
import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.escaped;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.utf8;
import static com.leadwire.security.SweepFixtures.body;
import static com.leadwire.testsupport.SignedPayloads.STRIPE_SECRET;
import static com.leadwire.testsupport.SignedPayloads.stripeCheckoutSession;
import static com.leadwire.testsupport.SignedPayloads.stripeEvent;
import static com.leadwire.testsupport.SignedPayloads.stripeSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Unique;

/** Stripe webhook events ({@code Stripe-Signature}), built and signed by {@code testsupport.SignedPayloads}. */
final class StripeBadInputs {

    private static final String STRIPE = "POST /api/v1/payments/stripe";
    private static final String STRIPE_PATH = "/api/v1/payments/stripe";
    /** Stripe's (and so leadwire.payments.stripe.tolerance's default) 5 minutes. */
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final SweepFixtures app;

    StripeBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String checkoutEvent(String eventId, String paymentIntent, String email, String name) {
        return stripeEvent(escaped(eventId), "checkout.session.completed", stripeCheckoutSession(Unique.key("cs"),
                escaped(paymentIntent), "paid", escaped(email), escaped(name), 4990, "brl"));
    }

    private static String checkoutEvent() {
        return checkoutEvent(Unique.key("evt"), Unique.key("pi"), Unique.email("stripe"), "Paula Payer");
    }

    private static Request stripe(String contentType, byte[] body, String signature) {
        return Request.post(STRIPE_PATH, contentType, body).header("Stripe-Signature", signature);
    }

    private static Request signedStripe(String contentType, byte[] body) {
        return stripe(contentType, body, stripeSignature(Instant.now(), body, STRIPE_SECRET));
    }

    private static Case stripeCase(String what, Supplier<String> body, Expected expected) {
        return new Case(STRIPE, what, () -> signedStripe(JSON, utf8(body.get())), expected);
    }

    private static Case stripeSignatureCase(String what, Supplier<Request> request) {
        return new Case(STRIPE, what, request, Expected.signatureRefused());
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>(brokenJsonBodies(STRIPE, StripeBadInputs::signedStripe, StripeBadInputs::checkoutEvent,
                422, true));
        Instant now = Instant.now();
        cases.add(stripeSignatureCase("no Stripe-Signature", () -> stripe(JSON, utf8(checkoutEvent()), null)));
        cases.add(stripeSignatureCase("signed with another secret", () -> {
            byte[] body = utf8(checkoutEvent());
            return stripe(JSON, body, stripeSignature(Instant.now(), body, "whsec_someone_else"));
        }));
        cases.add(stripeSignatureCase("expired timestamp (a replay of an old delivery)", () -> {
            byte[] body = utf8(checkoutEvent());
            return stripe(JSON, body, stripeSignature(Instant.now().minus(TOLERANCE).minusSeconds(1), body, STRIPE_SECRET));
        }));
        cases.add(stripeSignatureCase("timestamp in the future", () -> {
            byte[] body = utf8(checkoutEvent());
            // a minute beyond the tolerance: a second was less than a busy machine takes to send it
            return stripe(JSON, body, stripeSignature(Instant.now().plus(TOLERANCE).plusSeconds(60), body, STRIPE_SECRET));
        }));
        cases.add(stripeSignatureCase("body changed after signing", () -> {
            String body = checkoutEvent();
            return stripe(JSON, utf8(body.replace("4990", "1")), stripeSignature(Instant.now(), body, STRIPE_SECRET));
        }));
        cases.add(stripeSignatureCase("signed timestamp swapped", () -> {
            byte[] body = utf8(checkoutEvent());
            String signature = stripeSignature(Instant.now(), body, STRIPE_SECRET);
            return stripe(JSON, body, signature.replaceFirst("t=\\d+", "t=" + (Instant.now().getEpochSecond() - 10)));
        }));
        cases.add(stripeSignatureCase("unreadable timestamp", () -> stripe(JSON, utf8(checkoutEvent()), "t=soon,v1=00")));
        cases.add(stripeSignatureCase("no v1", () -> stripe(JSON, utf8(checkoutEvent()), "t=" + now.getEpochSecond())));
        cases.add(stripeSignatureCase("not a signature header", () -> stripe(JSON, utf8(checkoutEvent()), "' OR '1'='1")));
        cases.add(new Case(STRIPE, "the same delivery again", () -> {
            Request first = signedStripe(JSON, utf8(checkoutEvent()));
            assertThat(app.send(first).statusCode()).isEqualTo(200);
            return first;
        }, Expected.nothingChanged(200)));
        cases.add(stripeCase("no event id", () -> checkoutEvent().replaceFirst("\"id\": \"evt[^\"]*\",", ""), Expected.refused(422)));
        cases.add(stripeCase("no event type", () -> checkoutEvent().replace("\"type\": \"checkout.session.completed\"", "\"x\": 1"),
                Expected.refused(422)));
        cases.add(stripeCase("over-long name", () -> checkoutEvent(Unique.key("evt"), Unique.key("pi"), Unique.email("s"),
                "x".repeat(5000)), Expected.refused(422)));
        cases.add(stripeCase("over-long payment id", () -> checkoutEvent(Unique.key("evt"), "pi_" + "x".repeat(300), Unique.email("s"),
                "Paula"), Expected.refused(422)));
        cases.add(stripeCase("currency that is not a code", () -> checkoutEvent().replace("\"brl\"", "\"reais'--\""),
                Expected.refused(422)));
        INVALID_EMAILS.forEach(email -> cases.add(stripeCase("invalid e-mail " + label(email),
                () -> checkoutEvent(Unique.key("evt"), Unique.key("pi"), email, "Paula"), Expected.refused(422))));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            cases.add(stripeCase("customer name" + shown, () -> checkoutEvent(Unique.key("evt"), Unique.key("pi"), Unique.email("s"),
                    payload), Expected.accepted(200, response -> assertThat(app.contactNameOfDeal(response)).isEqualTo(payload))));
            String eventId = payload + " " + Unique.suffix();
            cases.add(stripeCase("event id" + shown, () -> checkoutEvent(eventId, Unique.key("pi"), Unique.email("s"), "Paula"),
                    Expected.accepted(200, response -> assertThat(app.count(
                            "SELECT COUNT(*) FROM inbound_event WHERE idempotency_key = ?", "PAYMENT:stripe:" + eventId)).isOne())));
            String paymentId = payload + " " + Unique.suffix();
            cases.add(stripeCase("payment id" + shown, () -> checkoutEvent(Unique.key("evt"), paymentId, Unique.email("s"), "Paula"),
                    Expected.accepted(200, response -> assertThat(app.text("SELECT external_ref FROM deal WHERE id = ?",
                            body(response).get("dealId").asLong())).isEqualTo("stripe:" + paymentId))));
        }
        return cases;
    }
}
