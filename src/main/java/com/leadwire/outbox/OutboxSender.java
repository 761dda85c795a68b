package com.leadwire.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Delivers the messages of one channel. Returning means delivered. Throwing means "not
 * delivered, try again later" with exponential back-off; {@link RetryAfter} names the wait (a
 * 429's {@code retry_after}, a pacing limit) and does not count as a failed attempt;
 * {@link PermanentFailure} means "will never work" and sends the row straight to dead. Before a
 * batch is sent, {@link #refusals} names the messages that must not go out at all.
 */
public interface OutboxSender {

    OutboxChannel channel();

    void send(PendingMessage message) throws Exception;

    /**
     * Asked once for each batch about to be sent, before any of it: the messages (by row id) that
     * must not go out after all, each with why (its recipient unsubscribed since it was queued).
     * They are marked skipped and never retried. One question for a whole batch keeps a per-message
     * look-up off the intake's path.
     */
    default Map<Long, String> refusals(List<PendingMessage> batch) {
        return Map.of();
    }

    /** Told when a message of this channel is dead (a permanent failure, or its retries ran out), with why. */
    default void gaveUp(PendingMessage message, String reason) {
    }

    /** False while another node sends this channel's messages: this node then claims none of them. */
    default boolean sendsHere() {
        return true;
    }

    /** A message that cannot ever be delivered (bad address, blocked by the recipient). */
    class PermanentFailure extends RuntimeException {
        public PermanentFailure(String message) {
            super(message);
        }
    }

    /** Not now, but surely later: the receiver (or our own pacing) asks to wait this long. */
    class RetryAfter extends RuntimeException {
        private final Duration wait;

        public RetryAfter(Duration wait, String reason) {
            super(reason);
            this.wait = wait;
        }

        public Duration waitFor() {
            return wait;
        }
    }
}
