package com.leadwire.automation.webhooks;

/** What a subscription may ask to be told about; named like the rule trigger types. */
public enum WebhookEvent {
    CONTACT_CREATED, DEAL_CREATED, DEAL_ENTERED_STAGE, DEAL_WON, DEAL_LOST, PAYMENT_STATUS, MESSAGE_RECEIVED
}
