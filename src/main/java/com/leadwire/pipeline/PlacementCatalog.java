package com.leadwire.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.shared.CachedSnapshot;
import com.leadwire.shared.JsonFields;

/**
 * An in-memory snapshot of the placement configuration (pipelines, stages, sources, rules,
 * payment stages) for the intake hot path. Changes made on this node replace it at once;
 * changes made on another node are seen within {@link #MAX_AGE}.
 */
@Component
class PlacementCatalog {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final PipelineRepository pipelines;
    private final SourceRepository sources;
    private final JdbcTemplate jdbc;
    private final JsonFields json;
    private final TransactionTemplate readOnly;
    private final CachedSnapshot<Snapshot> snapshot;

    PlacementCatalog(PipelineRepository pipelines, SourceRepository sources, JdbcTemplate jdbc, JsonFields json,
                     PlatformTransactionManager transactions) {
        this.pipelines = pipelines;
        this.sources = sources;
        this.jdbc = jdbc;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.snapshot = new CachedSnapshot<>(MAX_AGE, this::load);
    }

    record Snapshot(List<PipelineView> pipelines, Map<Long, PipelineView> pipelineById, Map<Long, PipelineView> pipelineOfStage,
                    Map<String, SourceView> sourceByKey, Map<Long, SourceView> sourceById,
                    Map<Long, Map<PaymentStatus, Long>> paymentStages) {

        Optional<PipelineView> firstPipeline() {
            return pipelines.stream().findFirst();
        }

        StageView stage(long stageId) {
            return pipelineOfStage.get(stageId).stage(stageId).orElseThrow();
        }
    }

    Snapshot current() {
        return snapshot.get();
    }

    /** The snapshot, reloaded first if it does not know this stage yet (added on another node). */
    Snapshot knowing(long stageId) {
        Snapshot current = snapshot.get();
        if (!current.pipelineOfStage().containsKey(stageId)) {
            snapshot.invalidate();
            current = snapshot.get();
        }
        return current;
    }

    void invalidate() {
        snapshot.invalidate();
    }

    private Snapshot load() {
        return readOnly.execute(status -> {
            List<PipelineView> all = pipelines.findAllByOrderByPositionAscIdAsc().stream().map(Pipeline::view).toList();
            Map<Long, PipelineView> byId = new HashMap<>();
            Map<Long, PipelineView> ofStage = new HashMap<>();
            all.forEach(pipeline -> {
                byId.put(pipeline.id(), pipeline);
                pipeline.stages().forEach(stage -> ofStage.put(stage.id(), pipeline));
            });
            Map<String, SourceView> byKey = new HashMap<>();
            Map<Long, SourceView> sourceById = new HashMap<>();
            sources.findAll().forEach(source -> {
                SourceView view = source.view(json::read);
                byKey.put(view.key(), view);
                sourceById.put(view.id(), view);
            });
            Map<Long, Map<PaymentStatus, Long>> payment = new HashMap<>();
            jdbc.query("SELECT pipeline_id, payment_status, stage_id FROM pipeline_payment_stage", rs -> {
                payment.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(PaymentStatus.class))
                        .put(PaymentStatus.valueOf(rs.getString(2)), rs.getLong(3));
            });
            return new Snapshot(all, byId, ofStage, byKey, sourceById, payment);
        });
    }
}
