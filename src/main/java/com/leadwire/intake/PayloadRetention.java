package com.leadwire.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.BackgroundWork;

/**
 * Blanks the raw payloads of inbound events older than {@code leadwire.intake.payload-retention},
 * once a day, in batches of {@value #BATCH} rows, each batch its own statement (and commit). The event rows
 * and their idempotency keys stay: a repeat of an old event is still recognised and changes nothing.
 * Each run reads the old rows from the oldest on (the index on received_at); blanked rows are passed
 * over, not counted again.
 */
@Component
class PayloadRetention implements BackgroundWork {

    static final int BATCH = 1000;
    private static final Duration EVERY = Duration.ofDays(1);
    /** The first run waits for the start to settle. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(PayloadRetention.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Duration retention;
    private ScheduledExecutorService timer;

    PayloadRetention(NamedParameterJdbcTemplate jdbc, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.payloadRetention();
    }

    /** Blanks every payload received before the retention period, logging one line; the number blanked. */
    int blankExpired() {
        long started = System.nanoTime();
        // received_at is written with the system's time, so the cut is taken from it too
        Timestamp cutoff = Timestamp.from(Instant.now().minus(retention));
        Timestamp from = new Timestamp(0);
        int blanked = 0;
        List<Map<String, Object>> batch = oldestWithPayload(from, cutoff);
        while (!batch.isEmpty()) {
            List<Object> ids = batch.stream().map(row -> row.get("id")).toList();
            blanked += jdbc.update("UPDATE inbound_event SET payload = NULL WHERE id IN (:ids)", Map.of("ids", ids));
            from = (Timestamp) batch.get(batch.size() - 1).get("received_at");
            batch = oldestWithPayload(from, cutoff);
        }
        log.info("Payload retention: {} inbound event payloads received before {} blanked in {} ms", blanked, cutoff.toInstant(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return blanked;
    }

    private List<Map<String, Object>> oldestWithPayload(Timestamp from, Timestamp cutoff) {
        return jdbc.queryForList("""
                SELECT id, received_at FROM inbound_event
                WHERE received_at >= :from AND received_at < :cutoff AND payload IS NOT NULL
                ORDER BY received_at LIMIT :batch""", Map.of("from", from, "cutoff", cutoff, "batch", BATCH));
    }

    private void runQuietly() {
        try {
            blankExpired();
        } catch (DataAccessException e) {
            // what was blanked stays blanked; the next run goes on from the oldest payload left
            log.warn("Payload retention stopped: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "intake-payload-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::runQuietly, FIRST_RUN.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
