package com.leadwire.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What Leadwire reads from one Telegram update: a text message (maybe a reply to one of the
 * bot's messages) or a button press. Other updates (edits, stickers, groups) are ignored.
 */
record Incoming(long updateId, long chatId, long userId, String firstName, String text, Integer replyToMessageId,
                String callbackId, String callbackData, Integer callbackMessageId) {

    static Incoming of(Update update) {
        long updateId = update.getUpdateId();
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null) {
                return null;
            }
            return new Incoming(updateId, query.getMessage().getChatId(), query.getFrom().getId(), query.getFrom().getFirstName(),
                    null, null, query.getId(), query.getData() == null ? "" : query.getData(), query.getMessage().getMessageId());
        }
        Message message = update.getMessage();
        if (message == null || !message.hasText() || message.getFrom() == null || !message.isUserMessage()) {
            return null;
        }
        Integer replyTo = message.getReplyToMessage() == null ? null : message.getReplyToMessage().getMessageId();
        return new Incoming(updateId, message.getChatId(), message.getFrom().getId(), message.getFrom().getFirstName(),
                message.getText().strip(), replyTo, null, null, null);
    }

    boolean pressed() {
        return callbackId != null;
    }

    /** "/start abc" → "abc"; "/start" → ""; not a /start → null. */
    String startArgument() {
        if (text == null || !(text.equals("/start") || text.startsWith("/start "))) {
            return null;
        }
        return text.substring("/start".length()).strip();
    }

    boolean isCommand(String command) {
        return command.equals(text) || (text != null && text.startsWith(command + "@"));
    }
}
