package com.leadwire.automation.webhooks;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.NotFoundException;

/** A subscription's deliveries with their attempts, and replay: the same delivery sent again, signed afresh. */
@Service
public class WebhookDeliveries {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);
    public static final int MAX_LISTED = 500;

    private final DeliveryRows rows;
    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;

    WebhookDeliveries(DeliveryRows rows, Subscriptions subscriptions, DeliveryQueue queue) {
        this.rows = rows;
        this.subscriptions = subscriptions;
        this.queue = queue;
    }

    /** The newest first, at most {@value #MAX_LISTED}. */
    public List<WebhookDeliveryView> ofSubscription(long subscriptionId, int limit) {
        if (subscriptions.stored(subscriptionId).isEmpty()) {
            throw new NotFoundException("no webhook subscription " + subscriptionId);
        }
        return rows.ofSubscription(subscriptionId, Math.min(Math.max(limit, 1), MAX_LISTED));
    }

    /** How many of the subscription's deliveries are dead (what "replay all failed" would send). */
    public int deadCount(long subscriptionId) {
        return rows.deadOf(subscriptionId).size();
    }

    /** Every subscription's dead and failing deliveries, for the channel health. */
    public List<WebhookDeliveryHealth> health() {
        return subscriptions.all().stream().map(rows::healthOf).toList();
    }

    public Optional<WebhookDeliveryView> find(long deliveryId) {
        return rows.find(deliveryId).map(DeliveryRows.Stored::view);
    }

    /**
     * Sends a delivery again as a new outbox row, whatever became of it (dead, skipped, delivered),
     * with a fresh day of retries; refused while it is still pending or its subscription is inactive.
     */
    @Transactional
    public WebhookDeliveryView replay(long deliveryId, String actor) {
        DeliveryRows.Stored stored = rows.find(deliveryId).orElseThrow(() -> new NotFoundException("no webhook delivery " + deliveryId));
        Subscription subscription = subscriptions.stored(stored.view().subscriptionId()).filter(Subscription::active)
                .orElseThrow(() -> new ConflictException("webhook subscription " + stored.view().subscriptionId()
                        + " is inactive: activate it before replaying its deliveries"));
        int replay = rows.markReplayed(deliveryId)
                .orElseThrow(() -> new ConflictException("webhook delivery " + deliveryId + " is still pending"));
        queue.requeue(subscription, stored.view(), stored.payload(), replay);
        log.info("Webhook delivery {} ({} to subscription {}) replayed by {} (replay {})", deliveryId, stored.view().event(),
                subscription.id(), actor, replay);
        return find(deliveryId).orElseThrow();
    }

    /** Replays every dead delivery of the subscription; answers how many. */
    @Transactional
    public int replayDead(long subscriptionId, String actor) {
        Subscription subscription = subscriptions.stored(subscriptionId)
                .orElseThrow(() -> new NotFoundException("no webhook subscription " + subscriptionId));
        if (!subscription.active()) {
            throw new ConflictException("webhook subscription " + subscriptionId + " is inactive: activate it before replaying its deliveries");
        }
        List<Long> dead = rows.deadOf(subscriptionId);
        dead.forEach(id -> replay(id, actor));
        return dead.size();
    }
}
