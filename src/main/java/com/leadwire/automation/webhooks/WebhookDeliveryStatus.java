package com.leadwire.automation.webhooks;

public enum WebhookDeliveryStatus {
    /** Queued, or failed and waiting for its next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up: a permanent failure, or 24 h of retries (replay sends it again). */
    DEAD,
    /** Due while automation was switched off: recorded, never sent by itself. */
    SKIPPED
}
