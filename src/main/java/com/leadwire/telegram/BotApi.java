package com.leadwire.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API calls Leadwire makes, through the TelegramBots client. Every call is counted in
 * the channel health, and a failure comes back as a {@link BotApiFailure} with the token
 * scrubbed from its text.
 */
@Component
@ConditionalOnBot
class BotApi {

    private final TelegramClient client;
    private final TelegramHealth health;
    private final String token;

    BotApi(TelegramClient client, TelegramHealth health, TelegramProperties properties) {
        this.client = client;
        this.health = health;
        this.token = properties.token();
    }

    Message send(long chatId, String text, List<List<Button>> keyboard) {
        return call(SendMessage.builder().chatId(chatId).text(text).replyMarkup(markup(keyboard)).build());
    }

    void edit(long chatId, int messageId, String text, List<List<Button>> keyboard) {
        try {
            call(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).replyMarkup(markup(keyboard)).build());
        } catch (BotApiFailure.Rejected notModified) {
            if (!String.valueOf(notModified.getMessage()).contains("not modified")) {
                throw notModified;
            }
        }
    }

    void answer(String callbackQueryId, String text) {
        call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).build());
    }

    void setWebhook(String url, String secret) {
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(secret).build());
            health.succeeded();
        } catch (TelegramApiException e) {
            throw failure(e);
        }
    }

    private <T extends Serializable> T call(BotApiMethod<T> method) {
        try {
            T result = client.execute(method);
            health.succeeded();
            return result;
        } catch (TelegramApiException e) {
            throw failure(e);
        }
    }

    private BotApiFailure failure(TelegramApiException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
                int code = request.getErrorCode();
                String text = scrubbed(request.getMessage());
                if (code == 429) {
                    Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                    Duration wait = Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds));
                    health.rateLimited(wait);
                    return new BotApiFailure.RateLimited(wait, text);
                }
                health.failed(text);
                return code == 400 || code == 403 ? new BotApiFailure.Rejected(code, text) : new BotApiFailure.Unavailable(text);
            }
        }
        String text = scrubbed(e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        health.failed(text);
        return new BotApiFailure.Unavailable(text);
    }

    private String scrubbed(String text) {
        return text == null ? "Bot API call failed" : text.replace(token, "<token>");
    }

    private static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
        if (keyboard == null || keyboard.isEmpty()) {
            return null;
        }
        return new InlineKeyboardMarkup(keyboard.stream().map(row -> new InlineKeyboardRow(row.stream().map(button ->
                button.url() != null
                        ? InlineKeyboardButton.builder().text(button.text()).url(button.url()).build()
                        : InlineKeyboardButton.builder().text(button.text()).callbackData(button.data()).build()).toList()))
                .toList());
    }
}
