package com.leadwire.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The contact_merge rows: the before-images and choices of a merge, and the rows it moved. */
@Repository
class MergeRecords {

    static final String EMAIL = "EMAIL";
    static final String HISTORY = "HISTORY";

    private static final TypeReference<LinkedHashMap<String, String>> IMAGE = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    MergeRecords(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A merge as stored, with its images. */
    record Stored(long id, long into, long from, Map<String, String> intoBefore, Map<String, String> fromBefore,
                  Map<String, String> intoAfter, Map<String, String> kept, String mergedBy, Instant mergedAt, String undoneBy,
                  Instant undoneAt, Map<String, List<Long>> moved) {
    }

    void insert(Stored merge) {
        jdbc.update("""
                INSERT INTO contact_merge (id, into_contact_id, from_contact_id, into_before, from_before, into_after, kept,
                                           merged_by, merged_at)
                VALUES (:id, :into, :from, :intoBefore, :fromBefore, :intoAfter, :kept, :by, :at)""",
                new MapSqlParameterSource("id", merge.id()).addValue("into", merge.into()).addValue("from", merge.from())
                        .addValue("intoBefore", write(merge.intoBefore())).addValue("fromBefore", write(merge.fromBefore()))
                        .addValue("intoAfter", write(merge.intoAfter())).addValue("kept", write(merge.kept()))
                        .addValue("by", merge.mergedBy()).addValue("at", Timestamp.from(merge.mergedAt())));
        List<MapSqlParameterSource> moved = new ArrayList<>();
        merge.moved().forEach((kind, ids) -> ids.forEach(id -> moved.add(
                new MapSqlParameterSource("merge", merge.id()).addValue("kind", kind).addValue("row", id))));
        if (!moved.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO contact_merge_moved (merge_id, kind, row_id) VALUES (:merge, :kind, :row)",
                    moved.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** The merge, its row locked until the transaction ends when {@code locked}. */
    Optional<Stored> find(long id, boolean locked) {
        Optional<Stored> merge = jdbc.query("SELECT * FROM contact_merge WHERE id = :id" + (locked ? " FOR UPDATE" : ""),
                Map.of("id", id), this::stored).stream().findFirst();
        return merge.map(this::withMoved);
    }

    List<Stored> ofContact(long contactId) {
        return jdbc.query("""
                SELECT * FROM contact_merge WHERE into_contact_id = :id OR from_contact_id = :id ORDER BY merged_at DESC, id DESC""",
                Map.of("id", contactId), this::stored).stream().map(this::withMoved).toList();
    }

    void markUndone(long id, String actor, Instant at) {
        jdbc.update("UPDATE contact_merge SET undone_by = :by, undone_at = :at WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("by", actor).addValue("at", Timestamp.from(at)));
    }

    private Stored withMoved(Stored merge) {
        Map<String, List<Long>> moved = new LinkedHashMap<>();
        jdbc.query("SELECT kind, row_id FROM contact_merge_moved WHERE merge_id = :id ORDER BY kind, row_id", Map.of("id", merge.id()),
                rs -> {
                    moved.computeIfAbsent(rs.getString(1), kind -> new ArrayList<>()).add(rs.getLong(2));
                });
        return new Stored(merge.id(), merge.into(), merge.from(), merge.intoBefore(), merge.fromBefore(), merge.intoAfter(),
                merge.kept(), merge.mergedBy(), merge.mergedAt(), merge.undoneBy(), merge.undoneAt(), moved);
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Timestamp undoneAt = rs.getTimestamp("undone_at");
        return new Stored(rs.getLong("id"), rs.getLong("into_contact_id"), rs.getLong("from_contact_id"), read(rs.getString("into_before")),
                read(rs.getString("from_before")), read(rs.getString("into_after")), read(rs.getString("kept")),
                rs.getString("merged_by"), rs.getTimestamp("merged_at").toInstant(), rs.getString("undone_by"),
                undoneAt == null ? null : undoneAt.toInstant(), Map.of());
    }

    private String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String stored) {
        try {
            return json.readValue(stored, IMAGE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable contact merge image", e);
        }
    }
}
