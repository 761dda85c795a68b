package com.leadwire.outbox;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** How many messages of a channel were delivered in a period (a row's {@code sent_at} is set once, when it is sent). */
@Service
public class SentMessages {

    private final NamedParameterJdbcTemplate jdbc;

    SentMessages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Messages of {@code channel} sent in {@code [from, to)}. */
    public long count(OutboxChannel channel, Instant from, Instant to) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM outbox_message
                WHERE channel = :channel AND sent_at >= :from AND sent_at < :to""",
                new MapSqlParameterSource("channel", channel.name()).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)), Long.class);
    }
}
