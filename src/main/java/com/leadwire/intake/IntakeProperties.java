package com.leadwire.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * @param writers      writer threads; each groups the events waiting for it into one transaction
 * @param maxBatchSize the most events one transaction takes
 * @param batchWindow  how long a writer waits, after an event arrives, for more to join its
 *                     transaction (zero: it takes only what is already waiting)
 * @param payloadRetention how long an event's raw payload is kept; then it is blanked, and the
 *                     event row with its idempotency key stays, so a repeat is still recognised
 */
@Validated
@ConfigurationProperties("leadwire.intake")
record IntakeProperties(@Min(1) @Max(32) int writers, @Min(1) @Max(1000) int maxBatchSize,
                        @DefaultValue("0ms") Duration batchWindow, @DefaultValue("90d") Duration payloadRetention) {

    IntakeProperties {
        if (batchWindow.isNegative() || batchWindow.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("leadwire.intake.batch-window must be between 0 and 1 s");
        }
        if (payloadRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("leadwire.intake.payload-retention must be at least 1 day (1d)");
        }
    }
}
