package com.leadwire.payments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.annotation.PreDestroy;

/**
 * Counts callbacks refused for their signature, per provider and source: a row that is
 * incremented in place (the body of a rejected callback is never stored) and a Micrometer counter.
 * A refusal is counted in memory and the row catches up every {@link #FLUSH_EVERY_MS} ms; the
 * first refusal of a channel in that time is logged with its reason and the rest in one line at
 * the catch-up. So a flood of forged requests costs neither a database write nor a log line each.
 */
@Component
class ChannelRejections {

    static final String METER = "leadwire.payments.signature.rejected";
    static final long FLUSH_EVERY_MS = 2000;

    private static final Logger log = LoggerFactory.getLogger(ChannelRejections.class);

    record Count(long rejected, Instant lastRejectedAt) {
    }

    private record Channel(String provider, String sourceKey) {
    }

    /**
     * A channel's meter, its refusals not in the table yet, when the last of them happened, and how
     * many of them were not logged one by one (all but the first since the last catch-up); the
     * counts are guarded by its own monitor.
     */
    private static final class Unwritten {
        final Counter meter;
        long count;
        long unlogged;
        boolean firstLogged;
        Instant last;

        Unwritten(Counter meter) {
            this.meter = meter;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final Map<Channel, Unwritten> unwritten = new ConcurrentHashMap<>();

    ChannelRejections(NamedParameterJdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    void record(String provider, String sourceKey, String reason) {
        Unwritten counts = unwritten.computeIfAbsent(new Channel(provider, sourceKey), channel -> new Unwritten(
                Counter.builder(METER).description("payment callbacks refused for a bad or missing signature")
                        .tag("provider", provider).tag("source", sourceKey).register(meters)));
        boolean first;
        synchronized (counts) {
            counts.count++;
            counts.last = Instant.now();
            first = !counts.firstLogged;
            counts.firstLogged = true;
            counts.unlogged += first ? 0 : 1;
        }
        if (first) {
            log.warn("Payment callback {} for source '{}' rejected: {}", provider, sourceKey, reason);
        }
        counts.meter.increment();
    }

    /** Adds this node's refusals to the table; synchronized with {@link #bySource} so a refusal is always counted once there. */
    @Scheduled(fixedDelay = FLUSH_EVERY_MS)
    @PreDestroy
    synchronized void flush() {
        unwritten.forEach((channel, counts) -> {
            long rejected;
            long unlogged;
            Instant last;
            synchronized (counts) {
                rejected = counts.count;
                unlogged = counts.unlogged;
                last = counts.last;
            }
            if (rejected == 0) {
                return;
            }
            try {
                jdbc.update("""
                        INSERT INTO channel_rejection (provider, source_key, rejected, last_rejected_at)
                        VALUES (:provider, :source, :rejected, :last)
                        ON DUPLICATE KEY UPDATE rejected = rejected + :rejected, last_rejected_at = :last""",
                        Map.of("provider", channel.provider(), "source", channel.sourceKey(), "rejected", rejected,
                                "last", Timestamp.from(last)));
            } catch (DataAccessException e) {
                log.warn("{} refused {} callbacks for source '{}' wait to be counted in the table: {}", rejected,
                        channel.provider(), channel.sourceKey(), e.getMostSpecificCause().toString());
                return;
            }
            synchronized (counts) {
                counts.count -= rejected;
                counts.unlogged -= unlogged;
                counts.firstLogged = false;
            }
            if (unlogged > 0) {
                log.warn("Payment callbacks {} for source '{}': {} more rejected since the last one logged", channel.provider(),
                        channel.sourceKey(), unlogged);
            }
        });
    }

    /** By source key, with this node's refusals that the table does not hold yet. */
    synchronized Map<String, Count> bySource() {
        Map<String, Count> counts = new HashMap<>();
        jdbc.query("SELECT source_key, SUM(rejected), MAX(last_rejected_at) FROM channel_rejection GROUP BY source_key",
                rs -> {
                    counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getTimestamp(3).toInstant()));
                });
        unwritten.forEach((channel, pending) -> {
            Count more;
            synchronized (pending) {
                more = new Count(pending.count, pending.last);
            }
            if (more.rejected() > 0) {
                counts.merge(channel.sourceKey(), more, (stored, added) -> new Count(stored.rejected() + added.rejected(),
                        stored.lastRejectedAt().isAfter(added.lastRejectedAt()) ? stored.lastRejectedAt() : added.lastRejectedAt()));
            }
        });
        return counts;
    }
}
