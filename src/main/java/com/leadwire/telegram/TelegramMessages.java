package com.leadwire.telegram;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.Outbox;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxMessage;

/** Queues Telegram messages in the outbox, in the caller's transaction. */
@Component
class TelegramMessages {

    private static final String REPLY_PREFIX = "telegram-reply:";

    private final Outbox outbox;
    private final ObjectMapper json;

    TelegramMessages(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(String idempotencyKey, TelegramPayload payload, Long dealId, Long eventId) {
        try {
            outbox.enqueue(new OutboxMessage(OutboxChannel.TELEGRAM, idempotencyKey, String.valueOf(payload.chatId()),
                    json.writeValueAsString(payload), dealId, eventId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues a reply of the bot to a chat; replies to one chat leave in the order they were queued ({@link #earlierReplyUnsent}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void queueReply(TelegramPayload payload) {
        queue(replyKeyPrefix(payload.chatId()) + UUID.randomUUID(), payload, null, null);
    }

    /** Whether a reply to the chat queued before the outbox message {@code beforeId} is still unsent. */
    boolean earlierReplyUnsent(long chatId, long beforeId) {
        return outbox.anyUnsent(replyKeyPrefix(chatId), beforeId);
    }

    static boolean isReply(String idempotencyKey) {
        return idempotencyKey.startsWith(REPLY_PREFIX);
    }

    private static String replyKeyPrefix(long chatId) {
        return REPLY_PREFIX + chatId + ":";
    }

    TelegramPayload read(String payload) {
        try {
            return json.readValue(payload, TelegramPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable Telegram outbox payload", e);
        }
    }
}
