package com.leadwire.automation.webhooks;

/** The payload of a WEBHOOK outbox row: which delivery, to which subscription, and the exact body to POST. */
record WebhookMessage(long deliveryId, long subscriptionId, String event, String body) {
}
