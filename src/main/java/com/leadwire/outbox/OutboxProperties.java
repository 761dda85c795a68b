package com.leadwire.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param pollInterval    how often each node looks for due rows
 * @param batchSize       rows one node claims at a time
 * @param senders         messages one node sends at once
 * @param maxAttempts     failed attempts before a row is dead
 * @param firstRetryDelay wait after the first failure; doubled after each further one
 * @param maxRetryDelay   the longest wait between attempts
 * @param claimTimeout    how long a claim lasts; a node that crashed mid-send loses its rows after it
 * @param handoffLimit    messages this node may hold for sending straight after their commit (see
 *                        {@link OutboxDelivery#deliverCommitted}); beyond that they wait for a claim
 */
@Validated
@ConfigurationProperties("leadwire.outbox")
record OutboxProperties(@NotNull Duration pollInterval, @Min(1) @Max(1000) int batchSize, @Min(1) @Max(64) int senders,
                        @Min(1) @Max(100) int maxAttempts, @NotNull Duration firstRetryDelay, @NotNull Duration maxRetryDelay,
                        @NotNull Duration claimTimeout, @Min(0) @Max(100_000) int handoffLimit) {

    /** Back-off after the given number of failed attempts (1 = the first failure). */
    Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
