package com.leadwire.automation.webhooks;

/** The answer to a creation or a rotation: the only time the secret is shown. */
public record WebhookSecretShown(WebhookSubscriptionView subscription, String secret) {

    @Override
    public String toString() {
        return "WebhookSecretShown[subscription=" + subscription.id() + "]";
    }
}
