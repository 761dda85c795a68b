package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.SequenceIds;

/** The {@code deal_note} rows. */
@Repository
class DealNoteRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    DealNoteRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    DealNoteView insert(long dealId, String text, String author, Instant at) {
        long id = ids.next("deal_note_seq");
        jdbc.update("INSERT INTO deal_note (id, deal_id, text, author, created_at) VALUES (:id, :deal, :text, :author, :at)",
                new MapSqlParameterSource().addValue("id", id).addValue("deal", dealId).addValue("text", text)
                        .addValue("author", author.length() <= 200 ? author : author.substring(0, 200))
                        .addValue("at", Timestamp.from(at)));
        return new DealNoteView(id, dealId, text, author, at);
    }

    /** Newest first. */
    List<DealNoteView> of(long dealId) {
        return jdbc.query("""
                SELECT id, deal_id, text, author, created_at FROM deal_note
                WHERE deal_id = :deal ORDER BY created_at DESC, id DESC""", Map.of("deal", dealId),
                (rs, n) -> new DealNoteView(rs.getLong("id"), rs.getLong("deal_id"), rs.getString("text"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant()));
    }
}
