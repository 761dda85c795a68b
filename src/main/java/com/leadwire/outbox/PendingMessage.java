package com.leadwire.outbox;

import java.time.Instant;

/** A claimed outbox row handed to its channel's sender; {@code attempt} 1 is the first, {@code queuedAt} when it was written. */
public record PendingMessage(long id, OutboxChannel channel, String idempotencyKey, String recipient, String payload,
                             int attempt, Long dealId, Long eventId, Instant queuedAt) {
}
