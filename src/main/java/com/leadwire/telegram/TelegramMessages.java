package com.leadwire.telegram;

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

    TelegramPayload read(String payload) {
        try {
            return json.readValue(payload, TelegramPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable Telegram outbox payload", e);
        }
    }
}
