package com.leadwire.automation.webhooks;

import java.time.Instant;
import java.util.List;

/** A delivery of one event to one subscription, with every attempt to send it, newest attempt last. */
public record WebhookDeliveryView(long id, long subscriptionId, String event, WebhookDeliveryStatus status, Long dealId,
                                  Long eventId, int attemptCount, int replays, Integer lastStatusCode, String lastError,
                                  Instant lastAttemptAt, Instant deliveredAt, Instant createdAt, List<Attempt> attempts) {

    public WebhookDeliveryView {
        attempts = List.copyOf(attempts);
    }

    WebhookDeliveryView withAttempts(List<Attempt> all) {
        return new WebhookDeliveryView(id, subscriptionId, event, status, dealId, eventId, attemptCount, replays, lastStatusCode,
                lastError, lastAttemptAt, deliveredAt, createdAt, all);
    }

    /** One POST (or a check before it): the receiver's status code, or the error when there was none. */
    public record Attempt(Instant at, Integer statusCode, String error, long durationMillis) {
    }
}
