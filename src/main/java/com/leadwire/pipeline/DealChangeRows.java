package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.SequenceIds;

/** The {@code deal_change} rows: a deal's changes besides its stage. */
@Repository
class DealChangeRows {

    private static final int MAX_VALUE = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    DealChangeRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    void insert(long dealId, String what, String oldValue, String newValue, String actor, Instant at) {
        jdbc.update("""
                INSERT INTO deal_change (id, deal_id, what, old_value, new_value, actor, changed_at)
                VALUES (:id, :deal, :what, :old, :new, :actor, :at)""", new MapSqlParameterSource()
                .addValue("id", ids.next("deal_change_seq"))
                .addValue("deal", dealId)
                .addValue("what", what)
                .addValue("old", clip(oldValue, MAX_VALUE))
                .addValue("new", clip(newValue, MAX_VALUE))
                .addValue("actor", clip(actor, 200))
                .addValue("at", Timestamp.from(at)));
    }

    /** Oldest first. */
    List<DealChangeView> of(long dealId) {
        return jdbc.query("""
                SELECT id, deal_id, what, old_value, new_value, actor, changed_at FROM deal_change
                WHERE deal_id = :deal ORDER BY changed_at, id""", Map.of("deal", dealId),
                (rs, n) -> new DealChangeView(rs.getLong("id"), rs.getLong("deal_id"), rs.getString("what"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("actor"), rs.getTimestamp("changed_at").toInstant()));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
