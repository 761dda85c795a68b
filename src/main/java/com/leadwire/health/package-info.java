/**
 * Channel health: how the Telegram bot, the payment signatures, the outbound webhooks and the
 * outbox are doing, each with an ok/warning verdict and what to do about a warning.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"automation :: webhooks", "outbox", "payments", "shared",
        "telegram"})
package com.leadwire.health;
