package com.leadwire.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * @param token          the bot token (LEADWIRE_TELEGRAM_TOKEN); blank = the bot is off
 * @param baseUrl        the Bot API server
 * @param mode           long polling, or webhook (for several nodes)
 * @param webhookSecret  the X-Telegram-Bot-Api-Secret-Token Telegram must send; required in webhook mode
 * @param defaultFlow    the TELEGRAM source whose flow a plain /start runs
 * @param publicUrl      this app as the world reaches it: "Open in panel" buttons (+ /deals/{id}) and the webhook URL
 * @param callbackKey    HMAC key that signs button data; blank = one generated per start
 * @param linkCodeTtl    how long a rep's link code works
 * @param pollTimeout    long-poll wait of one getUpdates call
 * @param lease          how long a node holds the polling lease without renewing it
 * @param perChatInterval least time between two messages to one chat
 * @param messagesPerSecond most messages per second to all chats
 * @param lostReasons    the reasons a rep can pick when marking a deal lost
 */
@Validated
@ConfigurationProperties("leadwire.telegram")
public record TelegramProperties(
        String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI baseUrl,
        @NotNull @DefaultValue("polling") Mode mode,
        String webhookSecret,
        @NotNull @DefaultValue("telegram-leads") String defaultFlow,
        @NotNull @DefaultValue("http://localhost:8080") String publicUrl,
        String callbackKey,
        @NotNull @DefaultValue("15m") Duration linkCodeTtl,
        @NotNull @DefaultValue("50s") Duration pollTimeout,
        @NotNull @DefaultValue("30s") Duration lease,
        @NotNull @DefaultValue("1s") Duration perChatInterval,
        @Min(1) @Max(30) @DefaultValue("30") int messagesPerSecond,
        @NotEmpty @DefaultValue({"No interest", "Price", "Competitor", "No answer"}) List<String> lostReasons) {

    public enum Mode { POLLING, WEBHOOK }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @AssertTrue(message = "webhook mode needs leadwire.telegram.webhook-secret (LEADWIRE_TELEGRAM_WEBHOOK_SECRET) of 1-256 characters A-Z, a-z, 0-9, _ or -")
    boolean isWebhookSecretUsable() {
        boolean set = webhookSecret != null && !webhookSecret.isBlank();
        return set ? webhookSecret.matches("[A-Za-z0-9_-]{1,256}") : mode != Mode.WEBHOOK || !enabled();
    }

    @Override
    public String toString() {
        return "TelegramProperties[enabled=" + enabled() + ", baseUrl=" + baseUrl + ", mode=" + mode + "]";
    }
}
