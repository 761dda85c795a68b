package com.leadwire.outbox;

/**
 * Where a message stands, as an admin reads it: waiting for its first attempt, failed and waiting
 * for its next one, sent, or dead (given up until an admin retries it).
 */
public enum OutboxState {
    PENDING, FAILED, SENT, DEAD,
    /** Not sent on purpose, never retried: its sender found at send time that it must not go (the recipient unsubscribed). */
    SKIPPED;

    static OutboxState of(String status, int attempts) {
        return switch (status) {
            case OutboxRows.SENT -> SENT;
            case OutboxRows.DEAD -> DEAD;
            case OutboxRows.SKIPPED -> SKIPPED;
            default -> attempts > 0 ? FAILED : PENDING;
        };
    }
}
