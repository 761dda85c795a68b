package com.leadwire.telegram;

import java.util.List;

/**
 * The outbox payload of a Telegram message: chat, text, inline keyboard. A relayed prospect
 * message names its {@code dealMessageId}, so the copy's message id can be stored for the
 * rep's reply.
 */
record TelegramPayload(long chatId, String text, List<List<Button>> keyboard, Long dealMessageId) {

    TelegramPayload {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }
}
