package com.leadwire.payments;

import java.util.List;
import java.util.Locale;

import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.SignatureRejectedException;
import com.leadwire.shared.web.HttpReply;
import com.leadwire.shared.web.JsonBodies;

/**
 * {@code POST /api/v1/payments/generic/{providerKey}} (route {@code payments-generic}): a payment
 * event of any provider, as strict JSON signed with {@code X-Signature: sha256=<hex HMAC-SHA256 of
 * the body>}; {@code providerKey} is the payment source's key, {@code eventId} the idempotency key.
 */
@Component("genericPaymentCallbacks")
class GenericCallbacks {

    static final String SIGNATURE_HEADER = "X-Signature";
    private static final String SCHEME = "sha256=";

    private final PaymentSources sources;
    private final PaymentCallbacks callbacks;
    private final JsonBodies bodies;

    GenericCallbacks(PaymentSources sources, PaymentCallbacks callbacks, JsonBodies bodies) {
        this.sources = sources;
        this.callbacks = callbacks;
        this.bodies = bodies;
    }

    public HttpReply receive(Message message) {
        // first: a form post's body reaches us parsed, so its signature could never be checked
        callbacks.requireJson(message);
        byte[] body = PaymentCallbacks.rawBody(message);
        String signature = message.getHeader(SIGNATURE_HEADER, String.class);
        SourceView source = sources.verified(PaymentSources.GENERIC, message.getHeader("providerKey", String.class),
                secrets -> verify(signature, body, secrets));
        GenericPaymentEvent event = bodies.read(body, GenericPaymentEvent.class);
        PaymentNews news = new PaymentNews(required("eventId", event.eventId()), required("paymentId", event.paymentId()),
                status(event.status()), required("email", event.email()), event.name(), event.amount(), event.currency(),
                event.product());
        return callbacks.accept(source.key(), source, news, body);
    }

    private static void verify(String signature, byte[] body, List<String> secrets) {
        if (signature == null || !signature.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new SignatureRejectedException("send " + SIGNATURE_HEADER + ": " + SCHEME + "<hex HMAC-SHA256 of the body>");
        }
        if (!HmacSha256.anyMatches(secrets, List.of(signature.strip().substring(SCHEME.length())), body)) {
            throw new SignatureRejectedException(SIGNATURE_HEADER + " matches no signing secret of this source");
        }
    }

    private static PaymentStatus status(String status) {
        return switch (required("status", status).toLowerCase(Locale.ROOT)) {
            case "new" -> PaymentStatus.NEW;
            case "succeeded" -> PaymentStatus.SUCCEEDED;
            case "failed" -> PaymentStatus.FAILED;
            case "expired" -> PaymentStatus.EXPIRED;
            case "refunded" -> PaymentStatus.REFUNDED;
            default -> throw new InvalidInputException("status", "status must be new, expired, succeeded, failed or refunded");
        };
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
        return value.strip();
    }
}
