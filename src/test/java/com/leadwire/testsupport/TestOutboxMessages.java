package com.leadwire.testsupport;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.SequenceIds;

/**
 * Outbox rows in a chosen state, written as the outbox would have left them. A waiting row is due
 * in an hour, so the running deliverer leaves it alone until a test retries it.
 */
public final class TestOutboxMessages {

    private final JdbcTemplate jdbc;
    private final SequenceIds ids;

    public TestOutboxMessages(JdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** A dead e-mail to {@code to} that would be sent (to the test SMTP server) once retried. */
    public long dead(String to, String lastError) {
        return insert("MAIL", to, mail(to), "DEAD", 8, Instant.now(), lastError);
    }

    /** An e-mail that failed {@code attempts} times and waits an hour for its next attempt. */
    public long failed(String to, int attempts, String lastError) {
        return insert("MAIL", to, mail(to), "PENDING", attempts, Instant.now().plus(Duration.ofHours(1)), lastError);
    }

    /** A message of any channel in any stored status, waiting an hour if it is pending. */
    public long row(String channel, String recipient, String status, int attempts, String lastError) {
        return insert(channel, recipient, mail(recipient), status, attempts, Instant.now().plus(Duration.ofHours(1)), lastError);
    }

    public String status(long id) {
        return jdbc.queryForObject("SELECT status FROM outbox_message WHERE id = ?", String.class, id);
    }

    private long insert(String channel, String recipient, String payload, String status, int attempts, Instant next, String lastError) {
        long id = ids.next("outbox_message_seq");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts, next_attempt_at,
                                            last_error, created_at, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, channel, Unique.key("test-outbox"), recipient, payload, status, attempts,
                Timestamp.from(next), lastError, now, "SENT".equals(status) ? now : null);
        return id;
    }

    private static String mail(String to) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("to", List.of(to), "bcc", List.of(), "subject", "Teste", "text", "Olá"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
