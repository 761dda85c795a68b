package com.leadwire.automation;

import java.util.Map;

/** The webhook subscriptions a {@code CALL_WEBHOOK} action may name, and the call itself. */
public interface WebhookTargets {

    boolean exists(long subscriptionId);

    /**
     * Queues a signed delivery of {@code payload} as {@code event} to the subscription, in the
     * caller's transaction; the same {@code idempotencyKey} queues nothing new.
     */
    void call(long subscriptionId, String event, Map<String, Object> payload, Long dealId, Long eventId, String idempotencyKey);
}
