package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.BulkRows;
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

    /**
     * Writes the moves' rows, in order. A move ends the deal's current stay: the row it entered
     * that stay by gets the move's time as {@code left_at} (a later move of the same deal in this
     * batch ends the row of the earlier one as it is written).
     */
    void insert(List<StageMove> moves) {
        if (moves.isEmpty()) {
            return;
        }
        Map<Long, Instant> nextMove = new HashMap<>();
        Instant[] leftAt = new Instant[moves.size()];
        for (int i = moves.size() - 1; i >= 0; i--) {
            leftAt[i] = nextMove.put(moves.get(i).dealId(), moves.get(i).at());
        }
        Set<Long> ended = new HashSet<>();
        List<MapSqlParameterSource> endings = moves.stream()
                .filter(move -> move.fromStageId() != null && ended.add(move.dealId()))
                .map(move -> new MapSqlParameterSource("deal", move.dealId()).addValue("at", Timestamp.from(move.at()))).toList();
        if (!endings.isEmpty()) {
            jdbc.batchUpdate("UPDATE deal_history SET left_at = :at WHERE deal_id = :deal AND left_at IS NULL",
                    endings.toArray(MapSqlParameterSource[]::new));
        }
        jdbc.batchUpdate("""
                INSERT INTO deal_history (id, deal_id, from_stage_id, to_stage_id, actor, note, moved_at, left_at)
                VALUES (:id, :deal, :from, :to, :actor, :note, :at, :leftAt)""",
                IntStream.range(0, moves.size()).mapToObj(i -> {
                    StageMove move = moves.get(i);
                    return new MapSqlParameterSource()
                            .addValue("id", ids.next("deal_history_seq"))
                            .addValue("deal", move.dealId())
                            .addValue("from", move.fromStageId())
                            .addValue("to", move.to().id())
                            .addValue("actor", clip(move.actor(), 200))
                            .addValue("note", clip(move.note(), 1000))
                            .addValue("at", Timestamp.from(move.at()))
                            .addValue("leftAt", leftAt[i] == null ? null : Timestamp.from(leftAt[i]));
                }).collect(BulkRows.nullsTogether()));
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
