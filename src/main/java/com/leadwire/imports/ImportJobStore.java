package com.leadwire.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The tables {@code import_job} and {@code import_rejected_row}. */
@Repository
class ImportJobStore {

    /** How far a job got; {@code rowsDone = created + merged + rejected}. */
    record Counts(int rowsDone, int created, int merged, int rejected, int dealsCreated) {
    }

    private static final int MAX_REASON = 1000;
    private static final int MAX_FIELD = 100;
    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    ImportJobStore(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(long id, ImportRequest request, Map<String, String> mapping, int totalRows, Instant now) {
        jdbc.update("""
                INSERT INTO import_job (id, file_name, source_key, pipeline_id, stage_id, create_deals, mapping, state, total_rows,
                                        requested_by, created_at, heartbeat_at)
                VALUES (:id, :file, :source, :pipeline, :stage, :deals, :mapping, :state, :total, :by, :now, :now)""",
                new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("file", limited(request.fileName(), 300))
                .addValue("source", request.sourceKey())
                .addValue("pipeline", request.pipelineId())
                .addValue("stage", request.stageId())
                .addValue("deals", request.createDeals())
                .addValue("mapping", write(mapping))
                .addValue("state", ImportState.QUEUED.name())
                .addValue("total", totalRows)
                .addValue("by", limited(request.requestedBy(), 200))
                .addValue("now", Timestamp.from(now)));
    }

    void markRunning(long id, Instant now) {
        jdbc.update("UPDATE import_job SET state = :state, started_at = :now, heartbeat_at = :now WHERE id = :id",
                Map.of("id", id, "state", ImportState.RUNNING.name(), "now", Timestamp.from(now)));
    }

    /** The new rejected rows and the counters that include them, in one transaction. */
    @Transactional
    public void saveProgress(long id, Counts counts, List<ImportRejection> newRejections, Instant now) {
        if (!newRejections.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO import_rejected_row (job_id, csv_row, field, reason) VALUES (:job, :row, :field, :reason)",
                    newRejections.stream().map(rejection -> new MapSqlParameterSource()
                            .addValue("job", id)
                            .addValue("row", rejection.row())
                            .addValue("field", limited(rejection.field(), MAX_FIELD))
                            .addValue("reason", limited(rejection.reason(), MAX_REASON))).toArray(MapSqlParameterSource[]::new));
        }
        jdbc.update("""
                UPDATE import_job SET rows_done = :done, created_count = :created, merged_count = :merged,
                                      rejected_count = :rejected, deals_created = :deals, heartbeat_at = :now
                WHERE id = :id""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("done", counts.rowsDone())
                .addValue("created", counts.created())
                .addValue("merged", counts.merged())
                .addValue("rejected", counts.rejected())
                .addValue("deals", counts.dealsCreated())
                .addValue("now", Timestamp.from(now)));
    }

    void finish(long id, ImportState state, String failure, Instant now) {
        jdbc.update("UPDATE import_job SET state = :state, failure = :failure, finished_at = :now, heartbeat_at = :now WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("state", state.name())
                        .addValue("failure", limited(failure, MAX_REASON))
                        .addValue("now", Timestamp.from(now)));
    }

    void touch(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE import_job SET heartbeat_at = :now WHERE id IN (:ids)", Map.of("ids", ids, "now", Timestamp.from(now)));
        }
    }

    /** Jobs that were waiting or running on a node that stopped touching them before {@code before}. */
    List<Long> staleSince(Instant before) {
        return jdbc.queryForList("SELECT id FROM import_job WHERE state IN ('QUEUED', 'RUNNING') AND heartbeat_at < :before",
                Map.of("before", Timestamp.from(before)), Long.class);
    }

    /** Fails the job unless its node touched it in the meantime (then it is alive after all). */
    boolean failIfStale(long id, Instant before, String failure, Instant now) {
        return jdbc.update("""
                UPDATE import_job SET state = 'FAILED', failure = :failure, finished_at = :now
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING') AND heartbeat_at < :before""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("failure", failure)
                .addValue("now", Timestamp.from(now))
                .addValue("before", Timestamp.from(before))) == 1;
    }

    Optional<ImportJobView> find(long id) {
        return jdbc.query("SELECT * FROM import_job WHERE id = :id", Map.of("id", id), (rs, n) -> view(rs)).stream().findFirst();
    }

    /** The newest jobs first. */
    List<ImportJobView> recent(int limit) {
        return jdbc.query("SELECT * FROM import_job ORDER BY created_at DESC, id DESC LIMIT :limit", Map.of("limit", limit),
                (rs, n) -> view(rs));
    }

    List<ImportRejection> rejections(long id, int offset, int limit) {
        return jdbc.query("""
                SELECT csv_row, field, reason FROM import_rejected_row WHERE job_id = :id ORDER BY csv_row
                LIMIT :limit OFFSET :offset""", Map.of("id", id, "limit", limit, "offset", offset),
                (rs, n) -> new ImportRejection(rs.getInt("csv_row"), rs.getString("field"), rs.getString("reason")));
    }

    private ImportJobView view(ResultSet rs) throws SQLException {
        return new ImportJobView(rs.getLong("id"), ImportState.valueOf(rs.getString("state")), rs.getString("file_name"),
                rs.getString("source_key"), rs.getBoolean("create_deals"), read(rs.getString("mapping")), rs.getInt("total_rows"),
                rs.getInt("rows_done"), rs.getInt("created_count"), rs.getInt("merged_count"), rs.getInt("rejected_count"),
                rs.getInt("deals_created"), rs.getString("failure"), rs.getString("requested_by"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getObject("pipeline_id", Long.class),
                rs.getObject("stage_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private String write(Map<String, String> mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String mapping) {
        try {
            return json.readValue(mapping, MAPPING);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored mapping", e);
        }
    }

    private static String limited(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
