package com.leadwire.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * @param writers      writer threads; each groups the events waiting for it into one transaction
 * @param maxBatchSize the most events one transaction takes
 */
@Validated
@ConfigurationProperties("leadwire.intake")
record IntakeProperties(@Min(1) @Max(32) int writers, @Min(1) @Max(1000) int maxBatchSize) {
}
