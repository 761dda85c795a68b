/**
 * Outbound webhooks: subscriptions (URL, events, write-only secret), a signed delivery per event
 * and subscription (an outbox row of channel WEBHOOK), its attempts, and replay. The API and the
 * panel use {@link com.leadwire.automation.webhooks.WebhookSubscriptions} and
 * {@link com.leadwire.automation.webhooks.WebhookDeliveries}; the rule action CALL_WEBHOOK uses
 * {@link com.leadwire.automation.webhooks.WebhookCalls}.
 */
@org.springframework.modulith.NamedInterface("webhooks")
package com.leadwire.automation.webhooks;
