package com.leadwire.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.MalformedInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.SignatureRejectedException;
import com.leadwire.shared.web.HttpReply;
import com.leadwire.shared.web.JsonBodies;

/**
 * {@code POST /api/v1/telegram/webhook} (route {@code telegram-webhook}): an update pushed by
 * Telegram. Only a request with the configured secret in {@code X-Telegram-Bot-Api-Secret-Token}
 * is read, and only as JSON: anything else is a 401 (a body that is not JSON a 415) and nothing
 * is stored. Open whenever a webhook secret is set (in webhook mode it must be).
 */
@Component("telegramWebhook")
class TelegramWebhook {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramProperties properties;
    private final ObjectProvider<TelegramUpdates> updates;
    private final TelegramHealth health;
    private final JsonBodies bodies;
    private final ObjectMapper telegramJson = new ObjectMapper();

    TelegramWebhook(TelegramProperties properties, ObjectProvider<TelegramUpdates> updates, TelegramHealth health, JsonBodies bodies) {
        this.properties = properties;
        this.updates = updates;
        this.health = health;
        this.bodies = bodies;
    }

    public HttpReply receive(Message message) {
        TelegramUpdates handler = updates.getIfAvailable();
        String secret = properties.webhookSecret();
        if (handler == null || secret == null || secret.isBlank()) {
            throw new NotFoundException("the Telegram webhook is not enabled");
        }
        String sent = message.getHeader(SECRET_HEADER, String.class);
        if (sent == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new SignatureRejectedException("missing or wrong " + SECRET_HEADER);
        }
        bodies.requireJson(message.getHeader(Exchange.CONTENT_TYPE, String.class));
        byte[] body = message.getBody(byte[].class);
        Update update;
        try {
            update = telegramJson.readValue(body, Update.class);
        } catch (Exception e) {
            throw new MalformedInputException("the body is not a Telegram update");
        }
        if (update == null || update.getUpdateId() == null) {
            throw new MalformedInputException("the body is not a Telegram update");
        }
        health.webhookReceived();
        handler.handle(update);
        return HttpReply.json(200, "{}");
    }
}
