package com.leadwire.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@link ContactLinkedRows} of a table whose rows name their contact in a {@code contact_id}
 * column: moving them rewrites that column. The table and column names are the subclass's
 * constants, never input.
 */
public abstract class ContactColumnRows implements ContactLinkedRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final String kind;
    private final String table;
    private final String createdColumn;
    private final String alsoSet;

    /** {@code alsoSet}: more of the moved rows' columns to set, e.g. {@code ", version = version + 1"}, or empty. */
    protected ContactColumnRows(NamedParameterJdbcTemplate jdbc, String kind, String table, String createdColumn, String alsoSet) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.table = table;
        this.createdColumn = createdColumn;
        this.alsoSet = alsoSet;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<Long> moveAll(long from, long into) {
        List<Long> moved = jdbc.queryForList("SELECT id FROM " + table + " WHERE contact_id = :from ORDER BY id", Map.of("from", from),
                Long.class);
        jdbc.update("UPDATE " + table + " SET contact_id = :into" + alsoSet + " WHERE contact_id = :from", Map.of("into", into, "from", from));
        return moved;
    }

    @Override
    public void moveBack(Collection<Long> ids, long from, long to) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE " + table + " SET contact_id = :to" + alsoSet + " WHERE contact_id = :from AND id IN (:ids)",
                    new MapSqlParameterSource("to", to).addValue("from", from).addValue("ids", ids));
        }
    }

    @Override
    public List<Long> addedSince(long contactId, Instant since) {
        return jdbc.queryForList("SELECT id FROM " + table + " WHERE contact_id = :contact AND " + createdColumn + " > :since ORDER BY id",
                new MapSqlParameterSource("contact", contactId).addValue("since", Timestamp.from(since)), Long.class);
    }
}
