package com.leadwire.payments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts callbacks refused for their signature, per provider and source: a row that is
 * incremented in place (the body of a rejected callback is never stored) and a Micrometer counter.
 */
@Component
class ChannelRejections {

    static final String METER = "leadwire.payments.signature.rejected";

    record Count(long rejected, Instant lastRejectedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MeterRegistry meters;

    ChannelRejections(NamedParameterJdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    void record(String provider, String sourceKey) {
        jdbc.update("""
                INSERT INTO channel_rejection (provider, source_key, rejected, last_rejected_at) VALUES (:provider, :source, 1, :now)
                ON DUPLICATE KEY UPDATE rejected = rejected + 1, last_rejected_at = :now""",
                Map.of("provider", provider, "source", sourceKey, "now", Timestamp.from(Instant.now())));
        Counter.builder(METER).description("payment callbacks refused for a bad or missing signature")
                .tag("provider", provider).tag("source", sourceKey).register(meters).increment();
    }

    /** By source key. */
    Map<String, Count> bySource() {
        Map<String, Count> counts = new HashMap<>();
        jdbc.query("SELECT source_key, SUM(rejected), MAX(last_rejected_at) FROM channel_rejection GROUP BY source_key",
                rs -> {
                    counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getTimestamp(3).toInstant()));
                });
        return counts;
    }
}
