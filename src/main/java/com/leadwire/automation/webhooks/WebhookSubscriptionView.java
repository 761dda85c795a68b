package com.leadwire.automation.webhooks;

import java.time.Instant;
import java.util.Set;

/** A subscription as the API and the panel show it: never with its secret. */
public record WebhookSubscriptionView(long id, String name, String description, String url, Set<WebhookEvent> events,
                                      boolean active, Instant createdAt, Instant updatedAt, LastDelivery lastDelivery) {

    /** The newest delivery's status and time, or null before the first one. */
    public record LastDelivery(WebhookDeliveryStatus status, Instant at) {
    }
}
