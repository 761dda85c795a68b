package com.leadwire.outbox;

import java.time.Instant;

/** An outbox row as an admin sees it (the payload stays inside); {@code state} is {@code status} in an admin's words. */
public record OutboxEntry(long id, OutboxChannel channel, String recipient, String status, int attempts,
                         Instant nextAttemptAt, String lastError, Long dealId, Long eventId, Instant createdAt, Instant sentAt,
                         OutboxState state) {
}
