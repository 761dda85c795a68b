package com.leadwire.automation;

import java.util.Map;
import java.util.Optional;

/** The webhook subscriptions a {@code CALL_WEBHOOK} action may name, and the call itself. */
public interface WebhookTargets {

    boolean exists(long subscriptionId);

    /**
     * Queues a signed delivery of {@code payload} as {@code event} to the subscription, in the
     * caller's transaction; the same {@code idempotencyKey} queues nothing new. Answers the
     * delivery's id, or empty when the subscription is inactive or gone.
     */
    Optional<Long> call(long subscriptionId, String event, Map<String, Object> payload, Long dealId, Long eventId, String idempotencyKey);
}
