package com.leadwire.outbox;

import java.util.Objects;

/**
 * A message to deliver. The idempotency key is unique: enqueueing the same key twice keeps
 * the first, and the receiving side may use it to drop a repeat of an at-least-once delivery.
 * The payload is the channel's own JSON (see each {@link OutboxSender}).
 */
public record OutboxMessage(OutboxChannel channel, String idempotencyKey, String recipient, String payload,
                            Long dealId, Long eventId) {

    public OutboxMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(payload, "payload");
    }
}
