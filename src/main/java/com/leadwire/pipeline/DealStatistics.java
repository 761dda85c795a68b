package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.PipelineStatistics.SourceFigures;
import com.leadwire.pipeline.PipelineStatistics.StageFigures;
import com.leadwire.shared.InvalidInputException;

/**
 * A pipeline's figures for a period, read from the deals and their stage history: per stage the
 * deals that were in it, their value, the share of them now won and the median stay; per source
 * the deals it brought and what of them is won. A stay in a stage runs from the history row that
 * entered it to the deal's next history row.
 */
@Service
@Transactional(readOnly = true)
public class DealStatistics {

    /**
     * The stays in the pipeline's stages that began before the period's end. The rows leaving
     * those stages are read too (a stay ends where the deal's next row begins, whichever stage
     * that row enters); a stay whose end comes after the period's end reads as not ended.
     */
    private static final String STAYS = """
            WITH stay AS (
                SELECT deal_id, to_stage_id AS stage_id, moved_at AS entered_at,
                       LEAD(moved_at) OVER (PARTITION BY deal_id ORDER BY moved_at, id) AS left_at
                FROM deal_history
                WHERE (to_stage_id IN (:stages) OR from_stage_id IN (:stages)) AND moved_at < :to
            )
            """;

    /**
     * Per stage and currency: the deals in an open stage at any time of the period, or that
     * entered a won or lost stage during it (a decided deal stays there for good: counting it in
     * every later period would say nothing about the period), and how many of them are won now.
     */
    static final String STAGE_FIGURES = STAYS + """
            SELECT s.stage_id, d.currency, COUNT(*) AS deals, SUM(d.amount) AS amount,
                   SUM(CASE WHEN k.kind = 'WON' THEN 1 ELSE 0 END) AS now_won
            FROM (SELECT DISTINCT y.deal_id, y.stage_id FROM stay y JOIN stage p ON p.id = y.stage_id
                  WHERE y.stage_id IN (:stages)
                    AND (p.kind = 'OPEN' AND (y.left_at IS NULL OR y.left_at > :from) OR p.kind <> 'OPEN' AND y.entered_at >= :from)) s
            JOIN deal d ON d.id = s.deal_id
            JOIN stage k ON k.id = d.stage_id
            GROUP BY s.stage_id, d.currency""";

    /** Per stage, the middle one or two lengths (in microseconds) of the stays that ended during the period. */
    static final String MEDIAN_STAYS = STAYS + """
            SELECT stage_id, micros, total FROM (
                SELECT stage_id, micros, ROW_NUMBER() OVER (PARTITION BY stage_id ORDER BY micros) AS n,
                       COUNT(*) OVER (PARTITION BY stage_id) AS total
                FROM (SELECT stage_id, TIMESTAMPDIFF(MICROSECOND, entered_at, left_at) AS micros FROM stay
                      WHERE stage_id IN (:stages) AND left_at >= :from) ended
            ) ranked
            WHERE 2 * n BETWEEN total AND total + 2""";

    /** Per source and currency: the deals created in the pipeline during the period, and those of them won now. */
    static final String SOURCE_FIGURES = """
            SELECT d.source_id, d.currency, COUNT(*) AS deals, SUM(CASE WHEN k.kind = 'WON' THEN 1 ELSE 0 END) AS won,
                   SUM(CASE WHEN k.kind = 'WON' THEN d.amount END) AS won_amount
            FROM deal d JOIN stage k ON k.id = d.stage_id
            WHERE d.pipeline_id = :pipeline AND d.created_at >= :from AND d.created_at < :to
            GROUP BY d.source_id, d.currency""";

    private final NamedParameterJdbcTemplate jdbc;
    private final PlacementCatalog catalog;

    DealStatistics(NamedParameterJdbcTemplate jdbc, PlacementCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The pipeline's figures for {@code [from, to)}; empty when there is no such pipeline. */
    public Optional<PipelineStatistics> of(long pipelineId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidInputException("to", "the period must end after it begins");
        }
        PlacementCatalog.Snapshot snapshot = catalog.current();
        PipelineView pipeline = snapshot.pipelineById().get(pipelineId);
        if (pipeline == null) {
            return Optional.empty();
        }
        boolean hasDeals = !jdbc.queryForList("SELECT id FROM deal WHERE pipeline_id = :pipeline LIMIT 1",
                Map.of("pipeline", pipelineId), Long.class).isEmpty();
        if (!hasDeals || pipeline.stages().isEmpty()) {
            return Optional.of(new PipelineStatistics(pipeline, hasDeals, pipeline.stages().stream()
                    .map(stage -> new StageFigures(stage, 0, List.of(), 0, 0, null)).toList(), List.of()));
        }
        MapSqlParameterSource period = new MapSqlParameterSource("stages", pipeline.stages().stream().map(StageView::id).toList())
                .addValue("pipeline", pipelineId).addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        return Optional.of(new PipelineStatistics(pipeline, true, stages(pipeline, period), sources(snapshot, period)));
    }

    private List<StageFigures> stages(PipelineView pipeline, MapSqlParameterSource period) {
        Map<Long, Tally> tallies = new HashMap<>();
        jdbc.query(STAGE_FIGURES, period, rs -> {
            tallies.computeIfAbsent(rs.getLong("stage_id"), stage -> new Tally())
                    .add(rs.getLong("deals"), rs.getLong("now_won"), amount(rs, "amount"));
        });
        Map<Long, List<Long>> middles = new HashMap<>();
        Map<Long, Long> ended = new HashMap<>();
        jdbc.query(MEDIAN_STAYS, period, rs -> {
            middles.computeIfAbsent(rs.getLong("stage_id"), stage -> new ArrayList<>()).add(rs.getLong("micros"));
            ended.put(rs.getLong("stage_id"), rs.getLong("total"));
        });
        return pipeline.stages().stream().map(stage -> {
            Tally tally = tallies.getOrDefault(stage.id(), new Tally());
            List<Long> middle = middles.get(stage.id());
            Duration median = middle == null ? null
                    : Duration.ofNanos(Math.round(middle.stream().mapToLong(Long::longValue).average().orElseThrow() * 1000));
            return new StageFigures(stage, tally.deals, tally.amounts(), tally.won, ended.getOrDefault(stage.id(), 0L), median);
        }).toList();
    }

    private List<SourceFigures> sources(PlacementCatalog.Snapshot snapshot, MapSqlParameterSource period) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        jdbc.query(SOURCE_FIGURES, period, rs -> {
            tallies.computeIfAbsent(rs.getObject("source_id", Long.class), source -> new Tally())
                    .add(rs.getLong("deals"), rs.getLong("won"), amount(rs, "won_amount"));
        });
        return tallies.entrySet().stream().map(entry -> {
            SourceView source = entry.getKey() == null ? null : snapshot.sourceById().get(entry.getKey());
            Tally tally = entry.getValue();
            return new SourceFigures(entry.getKey(), source == null ? null : source.name(), source == null ? null : source.kind(),
                    tally.deals, tally.won, tally.amounts());
        }).sorted(Comparator.comparingLong(SourceFigures::deals).reversed()
                .thenComparing(SourceFigures::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static Amount amount(ResultSet rs, String column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? null : new Amount(rs.getString("currency"), amount);
    }

    /** Counts and sums of one stage or source, over its currency rows. */
    private static final class Tally {
        private long deals;
        private long won;
        private final List<Amount> amounts = new ArrayList<>();

        void add(long deals, long won, Amount amount) {
            this.deals += deals;
            this.won += won;
            if (amount != null) {
                amounts.add(amount);
            }
        }

        List<Amount> amounts() {
            return amounts.stream().sorted(Comparator.comparing(Amount::currency, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
    }
}
