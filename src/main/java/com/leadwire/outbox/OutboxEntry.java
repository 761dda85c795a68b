package com.leadwire.outbox;

import java.time.Instant;

/** An outbox row as an admin sees it (the payload stays inside). */
public record OutboxEntry(long id, OutboxChannel channel, String recipient, String status, int attempts,
                         Instant nextAttemptAt, String lastError, Long dealId, Long eventId, Instant createdAt, Instant sentAt) {
}
