package com.leadwire.payments;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.contacts.ContactDetails;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentUpdate;
import com.leadwire.pipeline.SourceView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.web.HttpReply;
import com.leadwire.shared.web.JsonBodies;

/**
 * What every provider endpoint does once a callback is verified and understood: hands the
 * payment's news to intake (which creates the payment's deal or moves it) and answers 200, also
 * for a repeat; or acknowledges a callback that carries nothing for a deal.
 */
@Component
class PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

    private final IntakeService intake;
    private final Deals deals;
    private final Contacts contacts;
    private final JsonBodies bodies;
    private final ObjectMapper json;

    PaymentCallbacks(IntakeService intake, Deals deals, Contacts contacts, JsonBodies bodies, ObjectMapper json) {
        this.intake = intake;
        this.deals = deals;
        this.contacts = contacts;
        this.bodies = bodies;
        this.json = json;
    }

    HttpReply accept(String provider, SourceView source, PaymentNews news, byte[] body) {
        Optional<IntakeResult> accepted = intake(provider, source, news, body);
        if (accepted.isEmpty()) {
            return reply(Map.of("ignored", "no payer e-mail"));
        }
        IntakeResult result = accepted.get();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("eventId", result.eventId());
        answer.put("dealId", result.dealId());
        answer.put("repeated", result.repeated());
        return reply(answer);
    }

    /** The payment's news handed to intake; empty when it names no payer and no deal knows the payment yet. */
    Optional<IntakeResult> intake(String provider, SourceView source, PaymentNews news, byte[] body) {
        if (news.paymentId() == null) {
            throw new InvalidInputException("paymentId", "the callback names no payment");
        }
        PaymentUpdate payment = new PaymentUpdate(provider, news.paymentId(), news.status());
        Optional<String> email = news.email() != null && !news.email().isBlank() ? Optional.of(news.email()) : payerOf(payment);
        if (email.isEmpty()) {
            // a deal needs its contact; the payment's first callback that names the payer creates it
            log.info("Payment callback {} event {}: payment {} {} names no payer e-mail and has no deal yet, ignored", provider,
                    news.eventId(), news.paymentId(), news.status());
            return Optional.empty();
        }
        IntakeResult result = intake.accept(new IntakeEvent(Channel.PAYMENT, source.key(), news.eventId(),
                new String(body, StandardCharsets.UTF_8), ContactDetails.ofEmail(email.get(), news.name()),
                new DealRequest(null, news.amount(), news.currency() == null ? null : news.currency().toUpperCase(Locale.ROOT),
                        news.product() == null || news.product().isBlank() ? List.of() : List.of(news.product()),
                        null, null, null, Map.of(), payment),
                "payment:" + source.key()));
        log.info("Payment callback {} event {}: payment {} {}, deal {}{}", provider, news.eventId(), news.paymentId(),
                news.status(), result.dealId(), result.repeated() ? " (repeat, nothing changed)" : "");
        return Optional.of(result);
    }

    /** Later events may not name the payer (a refund, a Stripe PaymentIntent without receipt e-mail): the deal's contact paid. */
    private Optional<String> payerOf(PaymentUpdate payment) {
        return deals.ofPayment(payment).flatMap(deal -> contacts.findById(deal.contactId())).map(ContactView::primaryEmail);
    }

    HttpReply ignored(String provider, String eventId, String why) {
        log.debug("Payment callback {} event {} ignored: {}", provider, eventId, why);
        return reply(Map.of("ignored", why));
    }

    /**
     * Every provider posts JSON: anything else is refused (415) before its signature is looked at,
     * and so not counted as a rejected signature.
     */
    void requireJson(Message message) {
        bodies.requireJson(message.getHeader(Exchange.CONTENT_TYPE, String.class));
    }

    /** A verified body that is not a JSON object is the provider's fault: 4xx, nothing stored. */
    JsonNode readObject(byte[] body) {
        return bodies.read(body, ObjectNode.class);
    }

    /** The request body exactly as it came: signatures are over these bytes. */
    static byte[] rawBody(Message message) {
        byte[] body = message.getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }

    static String requiredText(JsonNode node, String field) {
        String value = text(node.path(field));
        if (value == null) {
            throw new InvalidInputException(field, "'" + field + "' is required");
        }
        return value;
    }

    /** A JSON string or number as text; null when absent, null or blank. */
    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private HttpReply reply(Map<String, Object> answer) {
        try {
            return HttpReply.json(200, json.writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
