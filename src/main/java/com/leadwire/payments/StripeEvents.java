package com.leadwire.payments;

import static com.leadwire.payments.PaymentCallbacks.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.pipeline.PaymentStatus;

/**
 * Reads the Stripe events that change a payment. The payment is the PaymentIntent (a checkout
 * session's {@code payment_intent}, a charge's {@code payment_intent}), so every event of one
 * payment reaches one deal; a checkout session without one (not paid yet) stands for itself.
 */
final class StripeEvents {

    /** Currencies whose amounts Stripe gives in whole units, and those with three decimals (stripe.com/docs/currencies). */
    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG",
            "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeEvents() {
    }

    /** Empty for an event type that says nothing about a payment's status. */
    static Optional<PaymentNews> news(String eventId, String type, JsonNode object) {
        return switch (type) {
            case "checkout.session.completed" -> Optional.of(session(eventId, object,
                    "unpaid".equals(text(object.path("payment_status"))) ? PaymentStatus.NEW : PaymentStatus.SUCCEEDED));
            case "checkout.session.async_payment_succeeded" -> Optional.of(session(eventId, object, PaymentStatus.SUCCEEDED));
            case "checkout.session.async_payment_failed" -> Optional.of(session(eventId, object, PaymentStatus.FAILED));
            // ran out before it was paid; without a payer e-mail (and no deal yet) it is ignored like any callback
            case "checkout.session.expired" -> Optional.of(session(eventId, object, PaymentStatus.EXPIRED));
            case "payment_intent.created" -> Optional.of(paymentIntent(eventId, object, PaymentStatus.NEW));
            case "payment_intent.succeeded" -> Optional.of(paymentIntent(eventId, object, PaymentStatus.SUCCEEDED));
            case "payment_intent.payment_failed" -> Optional.of(paymentIntent(eventId, object, PaymentStatus.FAILED));
            case "charge.refunded" -> Optional.of(charge(eventId, object, PaymentStatus.REFUNDED));
            default -> Optional.empty();
        };
    }

    private static PaymentNews session(String eventId, JsonNode session, PaymentStatus status) {
        String paymentId = firstOf(text(session.path("payment_intent")), text(session.path("id")));
        JsonNode customer = session.path("customer_details");
        String currency = text(session.path("currency"));
        return new PaymentNews(eventId, paymentId, status, text(customer.path("email")), text(customer.path("name")),
                amount(session.path("amount_total"), currency), currency, null);
    }

    private static PaymentNews paymentIntent(String eventId, JsonNode intent, PaymentStatus status) {
        String currency = text(intent.path("currency"));
        return new PaymentNews(eventId, text(intent.path("id")), status, text(intent.path("receipt_email")),
                text(intent.path("shipping").path("name")), amount(intent.path("amount"), currency), currency,
                text(intent.path("description")));
    }

    private static PaymentNews charge(String eventId, JsonNode charge, PaymentStatus status) {
        String paymentId = firstOf(text(charge.path("payment_intent")), text(charge.path("id")));
        JsonNode billing = charge.path("billing_details");
        String currency = text(charge.path("currency"));
        return new PaymentNews(eventId, paymentId, status, firstOf(text(billing.path("email")), text(charge.path("receipt_email"))),
                text(billing.path("name")), amount(charge.path("amount"), currency), currency, text(charge.path("description")));
    }

    /** Stripe amounts are integers in the currency's smallest unit. */
    static BigDecimal amount(JsonNode minorUnits, String currency) {
        if (!minorUnits.canConvertToLong() || currency == null) {
            return null;
        }
        String code = currency.toUpperCase(Locale.ROOT);
        int scale = ZERO_DECIMAL.contains(code) ? 0 : THREE_DECIMAL.contains(code) ? 3 : 2;
        return BigDecimal.valueOf(minorUnits.asLong(), scale);
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
