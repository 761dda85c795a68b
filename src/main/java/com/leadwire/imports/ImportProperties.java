package com.leadwire.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param workers          threads of a running import that hand rows to the intake service at once
 *                         (the intake writers batch what they hand in concurrently)
 * @param rowsInFlight     the most rows read ahead of the intake (queued for the workers)
 * @param progressInterval how often a running import stores its counters and rejected rows
 * @param staleAfter       a waiting or running import whose node has not touched it for this long
 *                         (the node stopped or crashed) is marked FAILED
 * @param maxRecordChars   the longest CSV row accepted (guards the heap against an unclosed quote)
 * @param spoolDir         where uploads wait for their import
 */
@Validated
@ConfigurationProperties("leadwire.imports")
record ImportProperties(@Min(1) @Max(256) int workers, @Min(1) @Max(100_000) int rowsInFlight,
                        @NotNull Duration progressInterval, @NotNull Duration staleAfter,
                        @Min(1000) int maxRecordChars, @NotNull Path spoolDir) {
}
