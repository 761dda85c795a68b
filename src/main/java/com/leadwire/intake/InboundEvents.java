package com.leadwire.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The inbound event log (the table {@code inbound_event}), written in batches. */
@Repository
class InboundEvents {

    static final String PROCESSED = "PROCESSED";

    record Stored(long eventId, long contactId, Long dealId) {
    }

    record Row(long id, PendingIntake intake, long contactId, Long dealId) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    InboundEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Stored> findByKeys(List<String> keys) {
        Map<String, Stored> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT idempotency_key, id, contact_id, deal_id FROM inbound_event WHERE idempotency_key IN (:keys)",
                Map.of("keys", keys), rs -> {
                    long deal = rs.getLong("deal_id");
                    Long dealId = rs.wasNull() ? null : deal;
                    found.put(rs.getString("idempotency_key"), new Stored(rs.getLong("id"), rs.getLong("contact_id"), dealId));
                });
        return found;
    }

    void insert(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO inbound_event (id, channel, source_key, idempotency_key, payload, received_at, processed_at,
                                           outcome, contact_id, deal_id)
                VALUES (:id, :channel, :source, :key, :payload, :received, :now, :outcome, :contact, :deal)""",
                rows.stream().map(row -> new MapSqlParameterSource()
                        .addValue("id", row.id())
                        .addValue("channel", row.intake().event().channel().name())
                        .addValue("source", row.intake().event().sourceKey())
                        .addValue("key", row.intake().scopedKey())
                        .addValue("payload", row.intake().event().payload())
                        .addValue("received", Timestamp.from(row.intake().receivedAt()))
                        .addValue("now", Timestamp.from(now))
                        .addValue("outcome", PROCESSED)
                        .addValue("contact", row.contactId())
                        .addValue("deal", row.dealId())).toArray(MapSqlParameterSource[]::new));
    }
}
