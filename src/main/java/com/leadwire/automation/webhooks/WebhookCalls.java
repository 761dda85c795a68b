package com.leadwire.automation.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.WebhookTargets;

/** A delivery asked for by name: the rule action CALL_WEBHOOK, in the transaction of the event that fired the rule. */
@Service
public class WebhookCalls implements WebhookTargets {

    private static final Logger log = LoggerFactory.getLogger(WebhookCalls.class);

    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;

    WebhookCalls(Subscriptions subscriptions, DeliveryQueue queue) {
        this.subscriptions = subscriptions;
        this.queue = queue;
    }

    /**
     * Queues one delivery of {@code payload} (beside {@code id}, {@code event} and
     * {@code occurredAt}, which the delivery sets) to the subscription, whatever events it
     * subscribes to; skipped while automation is off. {@code idempotencyKey} must be unique per
     * call (the rule, the event, the action): it names the outbox row. Answers the delivery id,
     * or empty when the subscription does not exist or is inactive (nothing is queued, the caller's
     * transaction goes on).
     */
    @Override
    public boolean exists(long subscriptionId) {
        return subscriptions.byId(subscriptionId).isPresent();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> call(long subscriptionId, String event, Map<String, Object> payload, Long dealId, Long eventId,
                               String idempotencyKey) {
        Optional<Subscription> subscription = subscriptions.byId(subscriptionId).filter(Subscription::active);
        if (subscription.isEmpty()) {
            log.warn("Webhook call {} (deal {}, event {}) not queued: subscription {} does not exist or is inactive", idempotencyKey,
                    dealId, eventId, subscriptionId);
            return Optional.empty();
        }
        List<Long> queued = queue.queue(List.of(subscription.get()), event, payload == null ? Map.of() : payload, dealId, eventId,
                idempotencyKey);
        return Optional.of(queued.get(0));
    }
}
