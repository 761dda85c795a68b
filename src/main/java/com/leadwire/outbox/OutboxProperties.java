package com.leadwire.outbox;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
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
 * @param channels        a channel's own retry policy, where it differs from the one above
 */
@Validated
@ConfigurationProperties("leadwire.outbox")
record OutboxProperties(@NotNull Duration pollInterval, @Min(1) @Max(1000) int batchSize, @Min(1) @Max(64) int senders,
                        @Min(1) @Max(100) int maxAttempts, @NotNull Duration firstRetryDelay, @NotNull Duration maxRetryDelay,
                        @NotNull Duration claimTimeout, @Min(0) @Max(100_000) int handoffLimit,
                        Map<OutboxChannel, @Valid ChannelRetry> channels) {

    OutboxProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /**
     * A channel's retry policy; each setting left out is the global one. With {@code giveUpAfter}
     * and no {@code maxAttempts}, the time alone ends the retries.
     *
     * @param giveUpAfter how long after it was queued a message is given up (its last attempt is then)
     */
    record ChannelRetry(@Min(1) Integer maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay, Duration giveUpAfter) {
    }

    RetryPolicy retryPolicy(OutboxChannel channel) {
        ChannelRetry own = channels.get(channel);
        if (own == null) {
            return new RetryPolicy(maxAttempts, firstRetryDelay, maxRetryDelay, null);
        }
        int attempts = own.maxAttempts() != null ? own.maxAttempts() : own.giveUpAfter() != null ? 0 : maxAttempts;
        return new RetryPolicy(attempts, or(own.firstRetryDelay(), firstRetryDelay), or(own.maxRetryDelay(), maxRetryDelay),
                own.giveUpAfter());
    }

    private static Duration or(Duration own, Duration global) {
        return own != null ? own : global;
    }
}
