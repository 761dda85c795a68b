package com.leadwire.automation.timers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param pollInterval    how often each node looks for due timers: the resolution of a timer
 * @param batchSize       due timers one node claims and fires in one transaction
 * @param maxAttempts     failed attempts before a timer is FAILED
 * @param firstRetryDelay wait after the first failure; doubled after each further one
 * @param maxRetryDelay   the longest wait between attempts
 * @param firers          rounds one node runs side by side while timers are due faster than one round fires them (a
 *                        backlog); each claims its own timers (SKIP LOCKED), in a transaction and on a connection of its own
 */
@Validated
@ConfigurationProperties("leadwire.automation.timers")
record TimersProperties(@NotNull Duration pollInterval, @Min(1) @Max(1000) int batchSize, @Min(1) @Max(100) int maxAttempts,
                        @NotNull Duration firstRetryDelay, @NotNull Duration maxRetryDelay, @Min(1) @Max(8) int firers) {

    /** Back-off after the given number of failed attempts (1 = the first failure). */
    Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts, 1) - 1, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
