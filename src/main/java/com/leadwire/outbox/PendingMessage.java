package com.leadwire.outbox;

/** A claimed outbox row handed to its channel's sender. */
public record PendingMessage(long id, OutboxChannel channel, String idempotencyKey, String recipient, String payload,
                             int attempt, Long dealId, Long eventId) {
}
