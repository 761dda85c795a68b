package com.leadwire.outbox;

import java.time.Duration;

/**
 * Delivers the messages of one channel. Returning means delivered. Throwing means "not
 * delivered, try again later" with exponential back-off; {@link RetryAfter} names the wait (a
 * 429's {@code retry_after}, a pacing limit) and does not count as a failed attempt;
 * {@link PermanentFailure} means "will never work" and sends the row straight to dead; {@link Skipped} means
 * "must not be sent" and marks it skipped.
 */
public interface OutboxSender {

    OutboxChannel channel();

    void send(PendingMessage message) throws Exception;

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

    /** A message that must not go out after all (its recipient unsubscribed since it was queued): recorded as skipped, never retried. */
    class Skipped extends RuntimeException {
        public Skipped(String reason) {
            super(reason);
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
