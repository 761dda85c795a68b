package com.leadwire.payments;

import java.time.Instant;

import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.web.HttpReply;

/**
 * {@code POST /api/v1/payments/stripe} (route {@code payments-stripe}): a Stripe webhook event,
 * signed with {@code Stripe-Signature}; the event id ({@code evt_…}) is the idempotency key.
 */
@Component("stripeCallbacks")
class StripeCallbacks {

    private final PaymentSources sources;
    private final PaymentCallbacks callbacks;
    private final PaymentsProperties.Stripe properties;

    StripeCallbacks(PaymentSources sources, PaymentCallbacks callbacks, PaymentsProperties properties) {
        this.sources = sources;
        this.callbacks = callbacks;
        this.properties = properties.stripe();
    }

    public HttpReply receive(Message message) {
        callbacks.requireJson(message);
        byte[] body = PaymentCallbacks.rawBody(message);
        String signature = message.getHeader(StripeSignature.HEADER, String.class);
        SourceView source = sources.verified(PaymentSources.STRIPE, properties.sourceKey(),
                secrets -> StripeSignature.verify(signature, body, secrets, Instant.now(), properties.tolerance()));
        JsonNode event = callbacks.readObject(body);
        String eventId = PaymentCallbacks.requiredText(event, "id");
        String type = PaymentCallbacks.requiredText(event, "type");
        return StripeEvents.news(eventId, type, event.path("data").path("object"))
                .map(news -> callbacks.accept(PaymentSources.STRIPE, source, news, body))
                .orElseGet(() -> callbacks.ignored(PaymentSources.STRIPE, eventId, "event type " + type));
    }
}
