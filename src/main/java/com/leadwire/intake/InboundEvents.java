package com.leadwire.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.BulkRows;

/** The inbound event log (the table {@code inbound_event}), written in batches. */
@Repository
class InboundEvents {

    /** {@code erased}: the event's person was erased, so its key is refused. */
    record Stored(long eventId, long contactId, Long dealId, boolean erased) {
    }

    record Row(long id, PendingIntake intake, long contactId, Long dealId, EventOutcome outcome) {
    }

    private static final String COLUMNS = """
            id, channel, source_key, idempotency_key, outcome, contact_id, deal_id, received_at, processed_at, payload""";

    private final NamedParameterJdbcTemplate jdbc;

    InboundEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Stored> findByKeys(List<String> keys) {
        Map<String, Stored> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT idempotency_key, id, contact_id, deal_id, outcome FROM inbound_event WHERE idempotency_key IN (:keys)",
                Map.of("keys", keys), rs -> {
                    long deal = rs.getLong("deal_id");
                    Long dealId = rs.wasNull() ? null : deal;
                    found.put(rs.getString("idempotency_key"), new Stored(rs.getLong("id"), rs.getLong("contact_id"), dealId,
                            EventOutcome.ERASED.name().equals(rs.getString("outcome"))));
                });
        return found;
    }

    List<Long> idsOfContacts(Collection<Long> contactIds) {
        return jdbc.queryForList("SELECT id FROM inbound_event WHERE contact_id IN (:contacts)", Map.of("contacts", contactIds), Long.class);
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
                        .addValue("outcome", row.outcome().name())
                        .addValue("contact", row.contactId())
                        .addValue("deal", row.dealId())).collect(BulkRows.nullsTogether()));
    }

    /** Newest first: the received_at index serves the order and a date range. Payloads as stored (unmasked). */
    List<InboundEventView> page(EventFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.channel() != null) {
            where.append(" AND channel = :channel");
            params.addValue("channel", filter.channel().name());
        }
        if (filter.outcome() != null) {
            where.append(" AND outcome = :outcome");
            params.addValue("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            where.append(" AND received_at >= :from");
            params.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND received_at < :to");
            params.addValue("to", Timestamp.from(filter.to()));
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM inbound_event" + where
                + " ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset", params, InboundEvents::view);
    }

    Optional<InboundEventView> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM inbound_event WHERE id = :id", Map.of("id", id), InboundEvents::view)
                .stream().findFirst();
    }

    private static InboundEventView view(ResultSet rs, int n) throws SQLException {
        Timestamp processed = rs.getTimestamp("processed_at");
        return new InboundEventView(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("source_key"),
                rs.getString("idempotency_key"), EventOutcome.valueOf(rs.getString("outcome")), rs.getObject("contact_id", Long.class),
                rs.getObject("deal_id", Long.class), rs.getTimestamp("received_at").toInstant(),
                processed == null ? null : processed.toInstant(), rs.getString("payload"));
    }
}
