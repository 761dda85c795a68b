package com.leadwire.apikeys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


/**
 * When each key was last used. A request only marks the time in memory; {@link ApiKeyUpkeep} writes the marks
 * every {@code leadwire.api.last-use-flush} (a minute or more), one row per key used since, so a
 * busy key costs one write a minute and no request waits for one.
 */
@Component
class LastUses {

    private static final Logger log = LoggerFactory.getLogger(LastUses.class);
    private static final long UNMARKED = 0;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Epoch milliseconds of the last use not written yet, by key id; {@value #UNMARKED} when written. */
    private final Map<Long, AtomicLong> marks = new ConcurrentHashMap<>();

    LastUses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The hot path: a map read and a volatile write, without a lock once the key was seen. */
    void mark(long keyId) {
        AtomicLong mark = marks.get(keyId);
        if (mark == null) {
            mark = marks.computeIfAbsent(keyId, id -> new AtomicLong(UNMARKED));
        }
        mark.set(clock.millis());
    }

    /** Writes the marks made since the last flush; the number of keys written. */
    synchronized int flush() {
        List<Object[]> rows = new ArrayList<>();
        marks.forEach((id, mark) -> {
            long at = mark.getAndSet(UNMARKED);
            if (at != UNMARKED) {
                rows.add(new Object[] {Timestamp.from(Instant.ofEpochMilli(at)), id});
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE api_key SET last_used_at = ? WHERE id = ?", rows);
        }
        return rows.size();
    }

    void flushQuietly() {
        try {
            int written = flush();
            log.debug("Last use of {} API keys written", written);
        } catch (DataAccessException e) {
            // those marks are lost; the keys' next use marks them again
            log.warn("Last use of API keys not written: {}", e.toString());
        }
    }
}
