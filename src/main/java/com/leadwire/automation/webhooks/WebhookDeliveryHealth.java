package com.leadwire.automation.webhooks;

import java.time.Instant;

/**
 * A subscription's delivery trouble: deliveries given up ({@code dead}), deliveries that failed and
 * wait for their next attempt ({@code failing}), and when the last of those attempts was made.
 */
public record WebhookDeliveryHealth(long subscriptionId, String name, String url, boolean active, long dead, long failing,
                                    Instant lastFailureAt) {
}
