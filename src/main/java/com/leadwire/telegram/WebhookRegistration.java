package com.leadwire.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In webhook mode, tells Telegram at start where to push updates and which secret to send. */
@Component
@ConditionalOnBot
class WebhookRegistration {

    static final String PATH = "/api/v1/telegram/webhook";
    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramProperties properties;
    private final BotApi bot;

    WebhookRegistration(TelegramProperties properties, BotApi bot) {
        this.properties = properties;
        this.bot = bot;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerOnStart() {
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
            register();
        }
    }

    void register() {
        String url = properties.publicUrl().replaceAll("/+$", "") + PATH;
        try {
            bot.setWebhook(url, properties.webhookSecret());
            log.info("Telegram webhook set to {}", url);
        } catch (BotApiFailure failure) {
            log.error("Telegram webhook could not be set to {}: {}", url, failure.getMessage());
        }
    }
}
