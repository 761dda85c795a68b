package com.leadwire.telegram;

import java.time.Instant;

/** A one-time code a rep sends the bot as {@code /start link-<code>}; shown once, stored hashed. */
public record TelegramLinkCode(long userId, String code, Instant expiresAt) {

    public String startCommand() {
        return "/start link-" + code;
    }
}
