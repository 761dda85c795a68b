package com.leadwire.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery side of {@code outbox_message}. A claim is a lease: the row gets the claimer's
 * token and {@code next_attempt_at} becomes the end of the claim. Every mark names the token,
 * so a node whose claim ran out cannot overwrite what the next claimer did.
 */
@Repository
class OutboxRows {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String DEAD = "DEAD";
    static final String SKIPPED = "SKIPPED";

    private static final int MAX_ERROR_LENGTH = 2000;
    private static final int MARK_ATTEMPTS = 5;

    private final NamedParameterJdbcTemplate jdbc;

    OutboxRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Due rows: pending ones whose time has come, and claims that ran out (their claimer died).
     * Read committed: MariaDB then locks only the rows it claims, not the index gaps between
     * them, which other nodes' claims and marks would deadlock on.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<PendingMessage> claimDue(int limit, String token, Instant now, Instant claimEnd, Collection<OutboxChannel> channels) {
        if (channels.isEmpty()) {
            return List.of();
        }
        List<PendingMessage> due = jdbc.query("""
                SELECT id, channel, idempotency_key, recipient, payload, attempts, deal_id, event_id, created_at
                FROM outbox_message
                WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= :now AND channel IN (:channels)
                ORDER BY next_attempt_at
                LIMIT :limit
                FOR UPDATE SKIP LOCKED""", Map.of("now", Timestamp.from(now), "limit", limit,
                "channels", channels.stream().map(OutboxChannel::name).toList()), (rs, n) -> {
            long deal = rs.getLong("deal_id");
            Long dealId = rs.wasNull() ? null : deal;
            long event = rs.getLong("event_id");
            Long eventId = rs.wasNull() ? null : event;
            return new PendingMessage(rs.getLong("id"), OutboxChannel.valueOf(rs.getString("channel")),
                    rs.getString("idempotency_key"), rs.getString("recipient"), rs.getString("payload"),
                    rs.getInt("attempts") + 1, dealId, eventId, rs.getTimestamp("created_at").toInstant());
        });
        if (!due.isEmpty()) {
            jdbc.update("UPDATE outbox_message SET status = 'SENDING', claim_token = :token, next_attempt_at = :claimEnd WHERE id IN (:ids)",
                    new MapSqlParameterSource().addValue("token", token).addValue("claimEnd", Timestamp.from(claimEnd))
                            .addValue("ids", due.stream().map(PendingMessage::id).toList()));
        }
        return due;
    }

    /** Marks the sent rows of one claim in one statement; answers how many were still this claim's. */
    int markSent(List<Long> ids, String token, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return updatedRows("""
                UPDATE outbox_message SET status = 'SENT', sent_at = :now, attempts = attempts + 1, claim_token = NULL,
                       last_error = NULL
                WHERE id IN (:ids) AND claim_token = :token""", new MapSqlParameterSource().addValue("ids", ids)
                .addValue("token", token).addValue("now", Timestamp.from(now)));
    }

    /** Back to pending; {@code failedAttempt} false for waits that are no failure (pacing, 429). */
    boolean markRetry(long id, String token, Instant nextAttempt, String error, boolean failedAttempt) {
        return updated("""
                UPDATE outbox_message SET status = 'PENDING', next_attempt_at = :next, last_error = :error, claim_token = NULL,
                       attempts = attempts + :failed
                WHERE id = :id AND claim_token = :token""", marks(id, token)
                .addValue("next", Timestamp.from(nextAttempt)).addValue("error", clip(error)).addValue("failed", failedAttempt ? 1 : 0));
    }

    boolean markDead(long id, String token, String error) {
        return updated("""
                UPDATE outbox_message SET status = 'DEAD', last_error = :error, claim_token = NULL, attempts = attempts + 1
                WHERE id = :id AND claim_token = :token""", marks(id, token).addValue("error", clip(error)));
    }

    /** Not sent and never to be: its sender found it should not go (a marketing e-mail to an unsubscribed contact). */
    boolean markSkipped(long id, String token, String reason) {
        return updated("""
                UPDATE outbox_message SET status = 'SKIPPED', last_error = :error, claim_token = NULL
                WHERE id = :id AND claim_token = :token""", marks(id, token).addValue("error", clip(reason)));
    }

    /** An admin's retry of a dead row: a fresh set of attempts, due now. */
    boolean revive(long id, Instant now) {
        return jdbc.update("""
                UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now, claim_token = NULL
                WHERE id = :id AND status = 'DEAD'""", Map.of("id", id, "now", Timestamp.from(now))) == 1;
    }

    /** A failed row waiting for its next attempt: due now, with the attempts it has had (a claimed row is left alone). */
    boolean retryNow(long id, Instant now) {
        return jdbc.update("""
                UPDATE outbox_message SET next_attempt_at = :now
                WHERE id = :id AND status = 'PENDING' AND attempts > 0""", Map.of("id", id, "now", Timestamp.from(now))) == 1;
    }

    /** Newest first (ids grow with time); the primary key serves the order, so a page of a large table stays cheap. */
    List<OutboxEntry> page(OutboxFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case PENDING -> " AND status IN ('PENDING', 'SENDING') AND attempts = 0";
                case FAILED -> " AND status IN ('PENDING', 'SENDING') AND attempts > 0";
                case SENT -> " AND status = 'SENT'";
                case DEAD -> " AND status = 'DEAD'";
                case SKIPPED -> " AND status = 'SKIPPED'";
            });
        }
        if (filter.channel() != null) {
            where.append(" AND channel = :channel");
            params.addValue("channel", filter.channel().name());
        }
        return jdbc.query("""
                SELECT id, channel, recipient, status, attempts, next_attempt_at, last_error, deal_id, event_id, created_at, sent_at
                FROM outbox_message""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset", params, (rs, n) -> {
                    long deal = rs.getLong("deal_id");
                    Long dealId = rs.wasNull() ? null : deal;
                    long event = rs.getLong("event_id");
                    Long eventId = rs.wasNull() ? null : event;
                    Timestamp sent = rs.getTimestamp("sent_at");
                    String status = rs.getString("status");
                    int attempts = rs.getInt("attempts");
                    return new OutboxEntry(rs.getLong("id"), OutboxChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                            status, attempts, rs.getTimestamp("next_attempt_at").toInstant(),
                            rs.getString("last_error"), dealId, eventId, rs.getTimestamp("created_at").toInstant(),
                            sent == null ? null : sent.toInstant(), OutboxState.of(status, attempts));
                });
    }

    /** Reads only the unsent and the dead rows (the status index), never the sent ones. */
    OutboxBacklog backlog() {
        OutboxBacklog waiting = jdbc.queryForObject("""
                SELECT COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), MIN(created_at)
                FROM outbox_message WHERE status IN ('PENDING', 'SENDING')""", Map.of(), (rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(3);
                    return new OutboxBacklog(rs.getLong(1), rs.getLong(2), oldest == null ? null : oldest.toInstant(), 0);
                });
        Long dead = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'DEAD'", Map.of(), Long.class);
        return new OutboxBacklog(waiting.pending(), waiting.failing(), waiting.oldestPendingAt(), dead == null ? 0 : dead);
    }

    Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM outbox_message GROUP BY status", Map.of(),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private boolean updated(String sql, MapSqlParameterSource params) {
        return updatedRows(sql, params) == 1;
    }

    /** A mark is a plain update; a deadlock with another node's claim is simply tried again. */
    private int updatedRows(String sql, MapSqlParameterSource params) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.update(sql, params);
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= MARK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static MapSqlParameterSource marks(long id, String token) {
        return new MapSqlParameterSource().addValue("id", id).addValue("token", token);
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
