package com.leadwire.outbox;

import java.time.Instant;

/**
 * What waits in the outbox: messages not sent yet (of which {@code failing} failed at least once),
 * when the oldest of them was written (null when none waits), and the dead ones.
 */
public record OutboxBacklog(long pending, long failing, Instant oldestPendingAt, long dead) {
}
