package com.leadwire.telegram;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

/** The TelegramBots client, pointed at the configured Bot API server. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

    static TelegramUrl telegramUrl(TelegramProperties properties) {
        var url = properties.baseUrl();
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return new TelegramUrl(url.getScheme(), url.getHost(), port, false);
    }

    /** Read timeout past the long-poll wait, so a quiet poll is not a failure. */
    static OkHttpClient httpClient(TelegramProperties properties) {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(properties.pollTimeout().plusSeconds(15))
                .writeTimeout(Duration.ofSeconds(15))
                .build();
    }

    @Bean
    @ConditionalOnBot
    TelegramClient telegramClient(TelegramProperties properties) {
        return new OkHttpTelegramClient(httpClient(properties), properties.token(), telegramUrl(properties));
    }

    /** One pace for the bot: the outbox's messages and the direct replies to updates share Telegram's limits. */
    @Bean
    @ConditionalOnBot
    Pacing pacing(TelegramProperties properties) {
        return new Pacing(properties.perChatInterval(), properties.messagesPerSecond(), Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhenOff(ApplicationReadyEvent ready) {
        TelegramProperties properties = ready.getApplicationContext().getBean(TelegramProperties.class);
        if (!properties.enabled()) {
            log.info("Telegram is off: set LEADWIRE_TELEGRAM_TOKEN to run the bot");
        }
    }
}
