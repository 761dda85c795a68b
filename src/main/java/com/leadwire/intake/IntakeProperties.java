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
 */
@Validated
@ConfigurationProperties("leadwire.intake")
record IntakeProperties(@Min(1) @Max(32) int writers, @Min(1) @Max(1000) int maxBatchSize,
                        @DefaultValue("0ms") Duration batchWindow) {

    IntakeProperties {
        if (batchWindow.isNegative() || batchWindow.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("leadwire.intake.batch-window must be between 0 and 1 s");
        }
    }
}
