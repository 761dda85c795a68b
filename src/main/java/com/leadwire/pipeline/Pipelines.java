package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.PipelineChangeRefused.Reason;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * Pipelines and their stages: create, rename, reorder, delete. Deleting a stage or pipeline
 * that still holds deals needs a stage to move them to; each deal's move goes through
 * {@link StageMoves} as an admin's bulk change.
 */
@Service
@Transactional(readOnly = true)
public class Pipelines {

    private static final Logger log = LoggerFactory.getLogger(Pipelines.class);

    private final PipelineRepository pipelines;
    private final PlacementCatalog catalog;
    private final NamedParameterJdbcTemplate jdbc;
    private final StageMoves moves;

    Pipelines(PipelineRepository pipelines, PlacementCatalog catalog, NamedParameterJdbcTemplate jdbc, StageMoves moves) {
        this.pipelines = pipelines;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.moves = moves;
    }

    public List<PipelineView> all() {
        return catalog.current().pipelines();
    }

    public Optional<PipelineView> find(long id) {
        return pipelines.findById(id).map(Pipeline::view);
    }

    public Optional<PipelineView> findByName(String name) {
        return pipelines.findByNameIgnoreCase(name).map(Pipeline::view);
    }

    public Map<PaymentStatus, Long> paymentStages(long pipelineId) {
        PlacementCatalog.Snapshot snapshot = catalog.current();
        if (!snapshot.pipelineById().containsKey(pipelineId)) {
            throw new NotFoundException("no pipeline " + pipelineId);
        }
        return snapshot.paymentStages().getOrDefault(pipelineId, Map.of());
    }

    @Transactional
    public PipelineView create(String name, List<StageDraft> stages) {
        if (stages == null || stages.isEmpty()) {
            throw new InvalidInputException("stages", "a pipeline needs at least one stage");
        }
        requireUnusedName(name, null);
        Pipeline pipeline = new Pipeline(name, (int) pipelines.count());
        List<Stage> added = stages.stream().map(stage -> pipeline.addStage(stage.name(), stage.kind())).toList();
        pipelines.saveAndFlush(pipeline);
        // the stages have ids now; a requirement can only name stages of its own pipeline
        for (int i = 0; i < added.size(); i++) {
            pipeline.setRequirements(added.get(i), stages.get(i).requirements());
        }
        pipelines.flush();
        PipelineView view = pipeline.view();
        changed("created pipeline " + view.id() + " '" + view.name() + "'");
        return view;
    }

    @Transactional
    public PipelineView rename(long pipelineId, String name) {
        requireUnusedName(name, pipelineId);
        Pipeline pipeline = require(pipelineId);
        pipeline.rename(name);
        changed("renamed pipeline " + pipelineId);
        return pipeline.view();
    }

    @Transactional
    public List<PipelineView> reorder(List<Long> pipelineIds) {
        List<Pipeline> all = pipelines.findAll();
        if (pipelineIds.size() != all.size() || !pipelineIds.containsAll(all.stream().map(Pipeline::getId).toList())) {
            throw new InvalidInputException("pipelineIds", "the new order must list every pipeline once");
        }
        all.forEach(pipeline -> pipeline.moveTo(pipelineIds.indexOf(pipeline.getId())));
        pipelines.flush();
        changed("reordered pipelines");
        return all();
    }

    @Transactional
    public PipelineView addStage(long pipelineId, StageDraft stage) {
        Pipeline pipeline = require(pipelineId);
        pipeline.setRequirements(pipeline.addStage(stage.name(), stage.kind()), stage.requirements());
        pipelines.flush();
        changed("added stage '" + stage.name() + "' to pipeline " + pipelineId);
        return pipeline.view();
    }

    /** Changes a stage's name, kind and entry requirements; what {@code change} leaves null stays as it is. */
    @Transactional
    public PipelineView updateStage(long pipelineId, long stageId, StageChange change) {
        Pipeline pipeline = require(pipelineId);
        Stage stage = pipeline.stage(stageId);
        if (change == null || change.changesNothing()) {
            throw new InvalidInputException("name", "say the stage's new name, kind, requirements or several of them");
        }
        List<String> changed = new ArrayList<>();
        if (change.name() != null) {
            String wanted = change.name().strip();
            if (pipeline.getStages().stream().anyMatch(s -> s.getId() != stageId && s.getName().equalsIgnoreCase(wanted))) {
                throw new PipelineChangeRefused(Reason.STAGE_NAME_TAKEN, "pipeline already has a stage '" + wanted + "'", wanted);
            }
            stage.rename(change.name());
            changed.add("name '" + stage.getName() + "'");
        }
        if (change.kind() != null && change.kind() != stage.getKind()) {
            changed.add("kind " + stage.getKind() + " -> " + change.kind());
            stage.changeKind(change.kind());
        }
        if (change.requirements() != null) {
            pipeline.setRequirements(stage, change.requirements());
            changed.add("entry requirements " + stage.getRequirements());
        }
        pipelines.flush();
        changed("changed stage " + stageId + " of pipeline " + pipelineId + ": " + String.join(", ", changed));
        return pipeline.view();
    }

    /** How many deals each stage of the pipeline holds; a stage without deals is not listed. */
    public Map<Long, Long> dealCounts(long pipelineId) {
        List<Long> stageIds = require(pipelineId).getStages().stream().map(Stage::getId).toList();
        Map<Long, Long> counts = new LinkedHashMap<>();
        // by stage ids the counts come from the index (stage_id, stage_entered_at) alone, as on the board
        jdbc.query("SELECT stage_id, COUNT(*) FROM deal WHERE stage_id IN (:stages) GROUP BY stage_id", Map.of("stages", stageIds), rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    @Transactional
    public PipelineView reorderStages(long pipelineId, List<Long> stageIds) {
        Pipeline pipeline = require(pipelineId);
        pipeline.reorderStages(stageIds);
        changed("reordered stages of pipeline " + pipelineId);
        return pipeline.view();
    }

    /** Deletes a stage; its deals go to {@code moveDealsToStageId}, which is required if there are any. */
    @Transactional
    public PipelineView deleteStage(long pipelineId, long stageId, Long moveDealsToStageId, String actor) {
        Pipeline pipeline = require(pipelineId);
        Stage stage = pipeline.stage(stageId);
        requireUnreferenced(stageId);
        pipeline.removeStage(stage);
        moveDealsOut("stage_id", stageId, moveDealsToStageId, stageId, actor, "moved out of '" + stage.getName() + "'");
        pipelines.flush();
        changed("deleted stage " + stageId + " of pipeline " + pipelineId);
        return pipeline.view();
    }

    /** Deletes a pipeline; its deals go to {@code moveDealsToStageId} (another pipeline's stage) if there are any. */
    @Transactional
    public void delete(long pipelineId, Long moveDealsToStageId, String actor) {
        Pipeline pipeline = require(pipelineId);
        if (pipelines.count() == 1) {
            throw new PipelineChangeRefused(Reason.LAST_PIPELINE, "the last pipeline cannot be deleted");
        }
        for (Stage stage : pipeline.getStages()) {
            requireUnreferenced(stage.getId());
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM source WHERE pipeline_id = :id", Map.of("id", pipelineId), Long.class) > 0) {
            throw new PipelineChangeRefused(Reason.PIPELINE_USED_BY_SOURCES, "sources still place deals into this pipeline; change them first");
        }
        moveDealsOut("pipeline_id", pipelineId, moveDealsToStageId, null, actor,
                "moved out of pipeline '" + pipeline.getName() + "'");
        jdbc.update("DELETE FROM pipeline_payment_stage WHERE pipeline_id = :id", Map.of("id", pipelineId));
        pipelines.delete(pipeline);
        pipelines.flush();
        changed("deleted pipeline " + pipelineId);
    }

    @Transactional
    public void setPaymentStage(long pipelineId, PaymentStatus status, Long stageId) {
        Pipeline pipeline = require(pipelineId);
        jdbc.update("DELETE FROM pipeline_payment_stage WHERE pipeline_id = :p AND payment_status = :s",
                Map.of("p", pipelineId, "s", status.name()));
        if (stageId != null) {
            pipeline.stage(stageId);
            jdbc.update("INSERT INTO pipeline_payment_stage (pipeline_id, payment_status, stage_id) VALUES (:p, :s, :stage)",
                    Map.of("p", pipelineId, "s", status.name(), "stage", stageId));
        }
        changed("payment status " + status + " of pipeline " + pipelineId + " now enters stage " + stageId);
    }

    private void moveDealsOut(String column, long id, Long targetStageId, Long excludedStageId, String actor, String detail) {
        Map<Long, Long> stageByDeal = new LinkedHashMap<>();
        jdbc.query("SELECT id, stage_id FROM deal WHERE " + column + " = :id ORDER BY id", Map.of("id", id), rs -> {
            stageByDeal.put(rs.getLong("id"), rs.getLong("stage_id"));
        });
        if (stageByDeal.isEmpty()) {
            return;
        }
        if (targetStageId == null) {
            throw new PipelineChangeRefused(Reason.DEALS_NEED_A_TARGET, stageByDeal.size() + " deals are still there; say which stage they move to",
                    String.valueOf(stageByDeal.size()));
        }
        PipelineView target = catalog.current().pipelineOfStage().get(targetStageId);
        boolean sameThing = "stage_id".equals(column) ? targetStageId.equals(excludedStageId) : target != null && target.id() == id;
        if (target == null || sameThing) {
            throw new InvalidInputException("moveDealsToStageId", "deals must move to an existing stage outside what is deleted");
        }
        List<StageMove> moved = moves.outOfDeleted(stageByDeal, target, target.stage(targetStageId).orElseThrow(), actor, detail);
        jdbc.batchUpdate("UPDATE deal SET pipeline_id = :pipeline, stage_id = :stage, stage_entered_at = :at, updated_at = :at, "
                + "version = version + 1 WHERE id = :id", moved.stream().map(move -> new MapSqlParameterSource()
                .addValue("pipeline", move.pipelineId())
                .addValue("stage", move.to().id())
                .addValue("at", Timestamp.from(move.at()))
                .addValue("id", move.dealId())).toArray(MapSqlParameterSource[]::new));
        moves.record(moved);
    }

    private void requireUnreferenced(long stageId) {
        Map<String, Long> params = Map.of("stage", stageId);
        long references = jdbc.queryForObject("SELECT COUNT(*) FROM source WHERE stage_id = :stage", params, Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM placement_rule WHERE stage_id = :stage", params, Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM pipeline_payment_stage WHERE stage_id = :stage", params, Long.class);
        if (references > 0) {
            throw new PipelineChangeRefused(Reason.STAGE_IN_USE,
                    "sources, placement rules or payment settings still use this stage; change them first");
        }
    }

    private void requireUnusedName(String name, Long exceptId) {
        pipelines.findByNameIgnoreCase(name == null ? "" : name.strip())
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new PipelineChangeRefused(Reason.PIPELINE_NAME_TAKEN, "a pipeline named '" + existing.getName() + "' exists",
                            existing.getName());
                });
    }

    private Pipeline require(long pipelineId) {
        return pipelines.findById(pipelineId).orElseThrow(() -> new NotFoundException("no pipeline " + pipelineId));
    }

    private void changed(String what) {
        catalog.invalidate();
        log.info("Pipeline change: {}", what);
    }
}
