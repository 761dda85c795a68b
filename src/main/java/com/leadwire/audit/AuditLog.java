package com.leadwire.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.SequenceIds;

/**
 * The audit log of configuration changes. A module records a change in the transaction that makes
 * it, so the entry exists exactly when the change does. Entries are never changed or deleted here.
 * What is recorded must never hold a secret (a key, a password, a signing secret): say that it
 * changed, not what it is now.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    /** The column widths of audit_entry; longer values are cut. */
    static final int MAX_ACTOR = 200;
    static final int MAX_ACTION = 100;
    static final int MAX_SUBJECT = 200;
    static final int MAX_DETAIL = 500;
    private static final RowMapper<AuditEntry> ENTRY = (row, i) -> new AuditEntry(row.getLong("id"),
            row.getTimestamp("recorded_at").toInstant(), row.getString("actor"), row.getString("action"), row.getString("subject"),
            row.getString("detail"));

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final Clock clock;

    AuditLog(NamedParameterJdbcTemplate jdbc, SequenceIds ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    /** The subject of an entry: a kind and its id, e.g. {@code subject("rule", 12)} is {@code rule:12}. */
    public static String subject(String kind, Object id) {
        return kind + ":" + id;
    }

    /**
     * Records a change, inside the caller's transaction when there is one.
     *
     * @param actor who made it (a panel username, {@code api:<key name>}, {@code system})
     * @param action what happened, {@code <kind>.<verb>} ({@code rule.created}, {@code source.secret-rotated})
     * @param subject what it happened to, {@link #subject(String, Object)}
     * @param detail a short description for a person; never a secret
     */
    @Transactional
    public void record(String actor, String action, String subject, String detail) {
        if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor and an action");
        }
        jdbc.update("INSERT INTO audit_entry (id, recorded_at, actor, action, subject, detail) VALUES (:id, :at, :actor, :action, :subject, :detail)",
                new MapSqlParameterSource()
                        .addValue("id", ids.next("audit_entry_seq"))
                        .addValue("at", Timestamp.from(clock.instant()))
                        .addValue("actor", cut(actor, MAX_ACTOR))
                        .addValue("action", cut(action, MAX_ACTION))
                        .addValue("subject", cut(subject, MAX_SUBJECT))
                        .addValue("detail", cut(detail, MAX_DETAIL)));
    }

    /** A page of the entries that match, newest first. */
    public List<AuditEntry> entries(AuditQuery query, int offset, int limit) {
        Where where = Where.of(query);
        return jdbc.query("SELECT id, recorded_at, actor, action, subject, detail FROM audit_entry" + where.sql
                        + " ORDER BY recorded_at DESC, id DESC LIMIT :limit OFFSET :offset",
                where.parameters.addValue("limit", limit).addValue("offset", offset), ENTRY);
    }

    public long count(AuditQuery query) {
        Where where = Where.of(query);
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where.sql, where.parameters, Long.class);
    }

    /** The actions recorded so far, for a filter's choices. */
    public List<String> actions() {
        return jdbc.queryForList("SELECT DISTINCT action FROM audit_entry ORDER BY action", new MapSqlParameterSource(), String.class);
    }

    /** The actors recorded so far, for a filter's choices. */
    public List<String> actors() {
        return jdbc.queryForList("SELECT DISTINCT actor FROM audit_entry ORDER BY actor", new MapSqlParameterSource(), String.class);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private record Where(String sql, MapSqlParameterSource parameters) {

        static Where of(AuditQuery query) {
            List<String> parts = new ArrayList<>();
            MapSqlParameterSource parameters = new MapSqlParameterSource();
            if (query.actor() != null) {
                parts.add("actor = :actor");
                parameters.addValue("actor", query.actor());
            }
            if (query.action() != null) {
                parts.add("action = :action");
                parameters.addValue("action", query.action());
            }
            if (query.from() != null) {
                parts.add("recorded_at >= :from");
                parameters.addValue("from", Timestamp.from(query.from()));
            }
            if (query.to() != null) {
                parts.add("recorded_at < :to");
                parameters.addValue("to", Timestamp.from(query.to()));
            }
            return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), parameters);
        }
    }
}
