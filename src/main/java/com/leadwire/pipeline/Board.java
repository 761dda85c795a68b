package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.contacts.Contacts;

/** Reads the board of a pipeline in two queries plus one for the contacts' names. */
@Service
@Transactional(readOnly = true)
public class Board {

    private final NamedParameterJdbcTemplate jdbc;
    private final PlacementCatalog catalog;
    private final Contacts contacts;

    Board(NamedParameterJdbcTemplate jdbc, PlacementCatalog catalog, Contacts contacts) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.contacts = contacts;
    }

    private record Row(long stageId, long dealId, String title, long contactId, BigDecimal amount, String currency,
                       Long sourceId, Instant createdAt, Instant stageEnteredAt) {
    }

    public Optional<BoardView> of(long pipelineId, int cardsPerStage) {
        PlacementCatalog.Snapshot snapshot = catalog.current();
        PipelineView pipeline = snapshot.pipelineById().get(pipelineId);
        if (pipeline == null) {
            return Optional.empty();
        }
        Map<Long, Long> counts = new HashMap<>();
        if (!pipeline.stages().isEmpty()) {
            // by stage ids, the counts come from the index (stage_id, stage_entered_at) alone; by
            // pipeline_id the database read every deal row of the pipeline
            jdbc.query("SELECT stage_id, COUNT(*) FROM deal WHERE stage_id IN (:stages) GROUP BY stage_id",
                    Map.of("stages", pipeline.stages().stream().map(StageView::id).toList()), rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        List<Row> rows = new ArrayList<>();
        for (StageView stage : pipeline.stages()) {
            rows.addAll(jdbc.query("""
                    SELECT id, title, contact_id, amount, currency, source_id, created_at, stage_entered_at FROM deal
                    WHERE stage_id = :stage ORDER BY stage_entered_at DESC, id DESC LIMIT :limit""",
                    Map.of("stage", stage.id(), "limit", cardsPerStage), (rs, n) -> new Row(stage.id(), rs.getLong("id"),
                            rs.getString("title"), rs.getLong("contact_id"), rs.getBigDecimal("amount"), rs.getString("currency"),
                            rs.getObject("source_id", Long.class), rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("stage_entered_at").toInstant())));
        }
        Set<Long> contactIds = new HashSet<>();
        rows.forEach(row -> contactIds.add(row.contactId()));
        Map<Long, String> names = contacts.displayNames(contactIds);
        List<BoardView.Column> columns = pipeline.stages().stream().map(stage -> new BoardView.Column(stage,
                counts.getOrDefault(stage.id(), 0L),
                rows.stream().filter(row -> row.stageId() == stage.id()).map(row -> new BoardView.Card(row.dealId(),
                        row.title(), names.get(row.contactId()), row.amount(), row.currency(),
                        row.sourceId() == null || !snapshot.sourceById().containsKey(row.sourceId()) ? null
                                : snapshot.sourceById().get(row.sourceId()).name(),
                        row.createdAt(), row.stageEnteredAt())).toList())).toList();
        return Optional.of(new BoardView(pipeline, columns));
    }
}
