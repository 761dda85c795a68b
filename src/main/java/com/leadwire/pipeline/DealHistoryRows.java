package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.SequenceIds;

/** Stage history rows: one per {@link StageMove}, written in one batch per transaction. */
@Repository
class DealHistoryRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    DealHistoryRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    void insert(List<StageMove> moves) {
        if (moves.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO deal_history (id, deal_id, from_stage_id, to_stage_id, actor, note, moved_at)
                VALUES (:id, :deal, :from, :to, :actor, :note, :at)""",
                moves.stream().map(move -> new MapSqlParameterSource()
                        .addValue("id", ids.next("deal_history_seq"))
                        .addValue("deal", move.dealId())
                        .addValue("from", move.fromStageId())
                        .addValue("to", move.to().id())
                        .addValue("actor", clip(move.actor(), 200))
                        .addValue("note", clip(move.note(), 1000))
                        .addValue("at", Timestamp.from(move.at()))).toArray(MapSqlParameterSource[]::new));
    }

    List<StageMoveView> of(long dealId, PlacementCatalog.Snapshot catalog) {
        return jdbc.query("""
                SELECT id, from_stage_id, to_stage_id, actor, note, moved_at FROM deal_history
                WHERE deal_id = :deal ORDER BY moved_at, id""", Map.of("deal", dealId), (rs, n) -> {
            long from = rs.getLong("from_stage_id");
            Long fromStage = rs.wasNull() ? null : from;
            long to = rs.getLong("to_stage_id");
            return new StageMoveView(rs.getLong("id"), fromStage, stageName(catalog, fromStage), to, stageName(catalog, to),
                    rs.getString("actor"), rs.getString("note"), rs.getTimestamp("moved_at").toInstant());
        });
    }

    /** Which of {@code stageIds} the deal has entered, ever (its creation counts). */
    Set<Long> enteredOf(long dealId, Collection<Long> stageIds) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT to_stage_id FROM deal_history
                WHERE deal_id = :deal AND to_stage_id IN (:stages)""", Map.of("deal", dealId, "stages", stageIds), Long.class));
    }

    private static String stageName(PlacementCatalog.Snapshot catalog, Long stageId) {
        if (stageId == null) {
            return null;
        }
        PipelineView pipeline = catalog.pipelineOfStage().get(stageId);
        return pipeline == null ? "(deleted stage)" : pipeline.stage(stageId).map(StageView::name).orElse(null);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
