package com.leadwire.automation.webhooks;

import java.time.Instant;
import java.util.Set;

/** A subscription as this package keeps it: with its secret, which signs the deliveries. */
record Subscription(long id, String name, String description, String url, Set<WebhookEvent> events, String secret,
                    boolean active, Instant createdAt, Instant updatedAt) {

    boolean wants(WebhookEvent event) {
        return active && events.contains(event);
    }

    WebhookSubscriptionView view(WebhookSubscriptionView.LastDelivery lastDelivery) {
        return new WebhookSubscriptionView(id, name, description, url, events, active, createdAt, updatedAt, lastDelivery);
    }

    /** Never the secret: a subscription may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "Subscription[id=" + id + ", url=" + url + ", events=" + events + ", active=" + active + "]";
    }
}
