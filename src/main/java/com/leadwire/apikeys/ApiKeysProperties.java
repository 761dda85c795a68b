package com.leadwire.apikeys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * @param initialKey the first API key (from LEADWIRE_API_KEY), stored hashed at start with the admin scope
 * @param refresh how often each node reloads the active keys: a key revoked anywhere is refused after at most this
 * @param lastUseFlush how often the last use of each key is written; at least a minute, so a busy key costs one write a minute
 */
@Validated
@ConfigurationProperties("leadwire.api")
record ApiKeysProperties(String initialKey, @NotNull @DefaultValue("2s") Duration refresh,
                         @NotNull @DefaultValue("1m") Duration lastUseFlush) {

    /** Revocation must reach every node within 5 s, a reload included. */
    @AssertTrue(message = "leadwire.api.refresh must be between 100 ms and 4 s")
    boolean isRefreshShortEnough() {
        return refresh == null || refresh.compareTo(Duration.ofMillis(100)) >= 0 && refresh.compareTo(Duration.ofSeconds(4)) <= 0;
    }

    @AssertTrue(message = "leadwire.api.last-use-flush must be at least 1 minute")
    boolean isLastUseFlushAtLeastAMinute() {
        return lastUseFlush == null || lastUseFlush.compareTo(Duration.ofMinutes(1)) >= 0;
    }
}
