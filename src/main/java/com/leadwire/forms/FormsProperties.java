package com.leadwire.forms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** @param rateLimit how many submissions one client address may send to one form */
@Validated
@ConfigurationProperties("leadwire.forms")
record FormsProperties(@Valid @NotNull RateLimit rateLimit) {

    /**
     * @param perMinute         submissions per minute per client IP per source (a source's
     *                          {@code rateLimitPerMinute} setting overrides it)
     * @param maxTrackedClients how many (source, IP) counters are kept; the least recently used go first
     */
    record RateLimit(@Min(1) @Max(100_000) int perMinute, @Min(100) int maxTrackedClients) {
    }
}
