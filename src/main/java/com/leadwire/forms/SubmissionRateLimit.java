package com.leadwire.forms;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.leadwire.shared.RateLimitedException;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per client IP and source, a token bucket of {@code perMinute} submissions refilled over a
 * minute. Counters live in this node's memory: with N nodes a client gets up to N times the limit.
 */
@Component
class SubmissionRateLimit {

    private record Client(String sourceKey, String address, int perMinute) {
    }

    private final Map<Client, Bucket> buckets;
    private final int defaultPerMinute;

    SubmissionRateLimit(FormsProperties properties) {
        int maxTracked = properties.rateLimit().maxTrackedClients();
        this.defaultPerMinute = properties.rateLimit().perMinute();
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Client, Bucket> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /** Takes one submission from the client's allowance, or refuses with the time until the next one. */
    void take(String sourceKey, String address, FormSettings settings) {
        int perMinute = settings.rateLimitPerMinute() == null ? defaultPerMinute : settings.rateLimitPerMinute();
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(new Client(sourceKey, address, perMinute), client -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new RateLimitedException("too many submissions to '" + sourceKey + "' from your address; at most "
                    + perMinute + " a minute", Duration.ofSeconds(seconds));
        }
    }
}
