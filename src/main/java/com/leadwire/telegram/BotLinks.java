package com.leadwire.telegram;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The links that open the bot in a chat with a chosen flow, {@code https://t.me/<bot>?start=<source key>}.
 * The bot's username comes from the Bot API (getMe) once; with the bot off there is no link.
 */
@Component
public class BotLinks {

    private static final Logger log = LoggerFactory.getLogger(BotLinks.class);

    private final ObjectProvider<TelegramClient> client;
    private volatile String username;

    BotLinks(ObjectProvider<TelegramClient> client) {
        this.client = client;
    }

    public Optional<String> deepLink(String sourceKey) {
        return username().map(bot -> "https://t.me/" + bot + "?start=" + sourceKey);
    }

    private Optional<String> username() {
        if (username == null) {
            TelegramClient bot = client.getIfAvailable();
            if (bot == null) {
                return Optional.empty();
            }
            try {
                username = bot.execute(new GetMe()).getUserName();
            } catch (TelegramApiException e) {
                log.warn("Telegram getMe failed, no deep link for now: {}", e.getClass().getSimpleName());
                return Optional.empty();
            }
        }
        return Optional.ofNullable(username);
    }
}
