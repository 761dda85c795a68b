package com.leadwire.automation.sequences;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.SequenceIds;

/** The SQL of {@code follow_up_sequence}. */
@Repository
class SequenceRows {

    private static final TypeReference<List<SequenceEmail>> EMAILS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, name, emails, bcc, created_at, updated_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final ObjectMapper json;

    SequenceRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids, ObjectMapper json) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.json = json;
    }

    List<SequenceView> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM follow_up_sequence ORDER BY name, id", this::view);
    }

    Optional<SequenceView> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM follow_up_sequence WHERE id = :id", Map.of("id", id), this::view).stream().findFirst();
    }

    boolean nameTaken(String name, Long other) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM follow_up_sequence WHERE LOWER(name) = LOWER(:name) AND id <> :other",
                new MapSqlParameterSource("name", name).addValue("other", other == null ? -1L : other), Boolean.class));
    }

    long insert(SequenceDraft draft, Instant now) {
        long id = ids.next("follow_up_sequence_seq");
        jdbc.update("""
                INSERT INTO follow_up_sequence (id, name, emails, bcc, created_at, updated_at)
                VALUES (:id, :name, :emails, :bcc, :now, :now)""", values(draft, now).addValue("id", id));
        return id;
    }

    boolean update(long id, SequenceDraft draft, Instant now) {
        return jdbc.update("UPDATE follow_up_sequence SET name = :name, emails = :emails, bcc = :bcc, updated_at = :now WHERE id = :id",
                values(draft, now).addValue("id", id)) == 1;
    }

    boolean delete(long id) {
        return jdbc.update("DELETE FROM follow_up_sequence WHERE id = :id", Map.of("id", id)) == 1;
    }

    private MapSqlParameterSource values(SequenceDraft draft, Instant now) {
        try {
            return new MapSqlParameterSource("name", draft.name()).addValue("emails", json.writeValueAsString(draft.emails()))
                    .addValue("bcc", draft.bcc()).addValue("now", Timestamp.from(now));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SequenceView view(ResultSet rs, int row) throws SQLException {
        try {
            return new SequenceView(rs.getLong("id"), rs.getString("name"), json.readValue(rs.getString("emails"), EMAILS), rs.getString("bcc"),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sequence " + rs.getLong("id") + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
