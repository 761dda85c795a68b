package com.leadwire.automation.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.AutomationSwitch;
import com.leadwire.outbox.Outbox;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxMessage;

/**
 * Queues deliveries in the caller's transaction: a delivery row per subscription and, while
 * automation is on, an outbox row that sends it. Off, the delivery is recorded as SKIPPED and
 * nothing is queued, so it is never sent by itself.
 */
@Component
class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
    /** The body's own keys, ahead of the event's content. */
    private static final Set<String> ENVELOPE = Set.of("id", "event", "occurredAt");

    private final DeliveryRows rows;
    private final Outbox outbox;
    private final AutomationSwitch automation;
    private final ObjectMapper json;
    private final Clock clock;

    DeliveryQueue(DeliveryRows rows, Outbox outbox, AutomationSwitch automation, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.outbox = outbox;
        this.automation = automation;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One delivery of {@code content} per subscription; answers their ids. {@code idempotencyKey}
     * names the outbox row of a single delivery (a rule's call), null for the delivery's own id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> queue(List<Subscription> to, String event, Map<String, Object> content, Long dealId, Long eventId,
                     String idempotencyKey) {
        boolean on = automation.isOn();
        Instant now = clock.instant();
        List<Long> queued = new ArrayList<>(to.size());
        for (Subscription subscription : to) {
            long id = rows.nextId();
            String body = body(id, event, now, content);
            rows.insertOnCommit(new DeliveryRows.NewDelivery(id, subscription.id(), event,
                    on ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.SKIPPED, body, dealId, eventId, now));
            if (on) {
                send(subscription, new WebhookMessage(id, subscription.id(), event, body),
                        idempotencyKey != null ? idempotencyKey : "webhook-delivery-" + id, dealId, eventId);
            } else {
                log.info("Webhook delivery {} ({} to subscription {}, deal {}, event {}) skipped: automation is off", id, event,
                        subscription.id(), dealId, eventId);
            }
            queued.add(id);
        }
        return queued;
    }

    /** A stored delivery once more, as a new outbox row (signed afresh when it is sent). */
    @Transactional(propagation = Propagation.MANDATORY)
    void requeue(Subscription subscription, WebhookDeliveryView delivery, String body, int replay) {
        send(subscription, new WebhookMessage(delivery.id(), subscription.id(), delivery.event(), body),
                "webhook-delivery-" + delivery.id() + ":replay-" + replay, delivery.dealId(), delivery.eventId());
    }

    private void send(Subscription subscription, WebhookMessage message, String key, Long dealId, Long eventId) {
        try {
            outbox.enqueue(new OutboxMessage(OutboxChannel.WEBHOOK, key, subscription.url(), json.writeValueAsString(message), dealId,
                    eventId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(long id, String event, Instant now, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", Long.toString(id));
        body.put("event", event);
        body.put("occurredAt", now);
        content.forEach((key, value) -> {
            if (!ENVELOPE.contains(key)) {
                body.put(key, value);
            }
        });
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the webhook content cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
