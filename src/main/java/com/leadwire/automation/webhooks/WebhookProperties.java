package com.leadwire.automation.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param allowPrivateAddresses whether a URL may point at a loopback, private, link-local or
 *                              CGNAT address (tests, a receiver on the same network); off, such
 *                              a URL is refused when saved and a delivery to it is dead
 * @param timeout               connect and answer timeout of each attempt
 * @param inFlightPerHost       deliveries sent to one host (and port) at once per node; more wait
 * @param inFlightTotal         webhook deliveries sent at once per node, so that slow receivers
 *                              leave outbox sender threads to mail and Telegram
 * @param pacingWait            how long a delivery over a cap waits at least before it is tried again
 *                              (as long as the oldest request in flight to its receiver has waited, if
 *                              longer, up to {@code timeout})
 * @param permitWait            how long a delivery over its destination's cap may wait for a place on
 *                              its sender thread, while that destination answers quickly
 */
@Validated
@ConfigurationProperties("leadwire.webhooks")
record WebhookProperties(boolean allowPrivateAddresses, @NotNull Duration timeout, @Min(1) @Max(64) int inFlightPerHost,
                         @Min(1) @Max(64) int inFlightTotal, @NotNull Duration pacingWait,
                         @NotNull Duration permitWait) {
}
