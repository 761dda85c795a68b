package com.leadwire.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a channel's message is tried again after a failed attempt: after a wait that doubles from
 * {@code firstRetryDelay} up to {@code maxRetryDelay}, until {@code maxAttempts} attempts failed
 * (0 = no such limit) or, when {@code giveUpAfter} is set, until that long after the message was
 * queued. The last retry is then timed for that moment, so a message is tried once more right at it.
 */
record RetryPolicy(int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay, Duration giveUpAfter) {

    /** Back-off after the given number of failed attempts (1 = the first failure). */
    Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }

    /** The next attempt after {@code failedAttempts} failures, or empty when the message is dead now. */
    Optional<Instant> nextAttempt(int failedAttempts, Instant queuedAt, Instant now) {
        if (maxAttempts > 0 && failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Instant next = now.plus(retryDelay(failedAttempts));
        if (giveUpAfter == null) {
            return Optional.of(next);
        }
        Instant deadline = queuedAt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }

    /** Why a message is dead, for its error and the log. */
    String givenUp(int failedAttempts) {
        return giveUpAfter == null || (maxAttempts > 0 && failedAttempts >= maxAttempts)
                ? "gave up after " + failedAttempts + " attempts"
                : "gave up " + giveUpAfter + " after it was queued, after " + failedAttempts + " attempts";
    }
}
