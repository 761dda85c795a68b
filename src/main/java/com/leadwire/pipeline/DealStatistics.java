package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.PipelineStatistics.SourceFigures;
import com.leadwire.pipeline.PipelineStatistics.StageFigures;
import com.leadwire.shared.InvalidInputException;

/**
 * A pipeline's figures for a period, from its deals and their stage history: per stage the deals
 * that were in it, their value, the share of them now won and the median stay; per source the
 * deals it brought and what of them is won. A stay in a stage is a history row: from the move
 * that entered the stage ({@code moved_at}) to the deal's next move ({@code left_at}, null while
 * the deal is still there).
 *
 * <p>The deals and the stays are read as rows and counted here: with 100k deals, joining each
 * stay to its deal in the database took several times as long as reading both (bench/README.md).
 */
@Service
@Transactional(readOnly = true)
public class DealStatistics {

    /** The pipeline's deals: their value, where they are now, where and when they came from. */
    static final String DEALS = """
            SELECT id, amount, currency, stage_id, source_id, created_at FROM deal WHERE pipeline_id = :pipeline""";

    /**
     * The stays that count for a stage in the period: in an open stage, any stay that overlaps it;
     * in a won or lost stage, a stay that began in it (a decided deal stays there for good, and
     * counting it in every later period would say nothing about the period).
     */
    static final String STAYS = """
            SELECT h.deal_id, h.to_stage_id FROM deal_history h JOIN stage s ON s.id = h.to_stage_id
            WHERE h.to_stage_id IN (:stages) AND h.moved_at < :to
              AND (s.kind = 'OPEN' AND (h.left_at IS NULL OR h.left_at > :from) OR s.kind <> 'OPEN' AND h.moved_at >= :from)""";

    /** Per stage, the middle one or two lengths (in microseconds) of the stays that ended in the period, and how many ended. */
    static final String MEDIAN_STAYS = """
            SELECT stage_id, micros, total FROM (
                SELECT stage_id, micros, ROW_NUMBER() OVER (PARTITION BY stage_id ORDER BY micros) AS n,
                       COUNT(*) OVER (PARTITION BY stage_id) AS total
                FROM (SELECT to_stage_id AS stage_id, TIMESTAMPDIFF(MICROSECOND, moved_at, left_at) AS micros FROM deal_history
                      WHERE to_stage_id IN (:stages) AND left_at >= :from AND left_at < :to) ended
            ) ranked
            WHERE 2 * n BETWEEN total AND total + 2""";

    private final NamedParameterJdbcTemplate jdbc;
    private final PlacementCatalog catalog;

    DealStatistics(NamedParameterJdbcTemplate jdbc, PlacementCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** A deal as the figures need it. */
    private record DealRow(BigDecimal amount, String currency, long stageId, Long sourceId, Instant createdAt) {
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
        Map<Long, DealRow> deals = new HashMap<>();
        jdbc.query(DEALS, Map.of("pipeline", pipelineId), rs -> {
            deals.put(rs.getLong("id"), new DealRow(rs.getBigDecimal("amount"), rs.getString("currency"), rs.getLong("stage_id"),
                    rs.getObject("source_id", Long.class), rs.getTimestamp("created_at").toInstant()));
        });
        if (deals.isEmpty() || pipeline.stages().isEmpty()) {
            return Optional.of(new PipelineStatistics(pipeline, !deals.isEmpty(), pipeline.stages().stream()
                    .map(stage -> new StageFigures(stage, 0, List.of(), 0, 0, null)).toList(), List.of()));
        }
        MapSqlParameterSource period = new MapSqlParameterSource("stages", pipeline.stages().stream().map(StageView::id).toList())
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        return Optional.of(new PipelineStatistics(pipeline, true, stages(snapshot, pipeline, deals, period),
                sources(snapshot, deals, from, to)));
    }

    private List<StageFigures> stages(PlacementCatalog.Snapshot snapshot, PipelineView pipeline, Map<Long, DealRow> deals,
                                      MapSqlParameterSource period) {
        Map<Long, Set<Long>> dealsByStage = new HashMap<>();
        jdbc.query(STAYS, period, rs -> {
            dealsByStage.computeIfAbsent(rs.getLong("to_stage_id"), stage -> new HashSet<>()).add(rs.getLong("deal_id"));
        });
        addDealsNowElsewhere(deals, dealsByStage);
        Map<Long, List<Long>> middles = new HashMap<>();
        Map<Long, Long> ended = new HashMap<>();
        jdbc.query(MEDIAN_STAYS, period, rs -> {
            middles.computeIfAbsent(rs.getLong("stage_id"), stage -> new ArrayList<>()).add(rs.getLong("micros"));
            ended.put(rs.getLong("stage_id"), rs.getLong("total"));
        });
        return pipeline.stages().stream().map(stage -> {
            Tally tally = new Tally();
            dealsByStage.getOrDefault(stage.id(), Set.of()).stream().map(deals::get)
                    .forEach(deal -> tally.add(deal, isWon(snapshot, deal)));
            List<Long> middle = middles.get(stage.id());
            Duration median = middle == null ? null
                    : Duration.ofNanos(Math.round(middle.stream().mapToLong(Long::longValue).average().orElseThrow() * 1000));
            return new StageFigures(stage, tally.deals, tally.amounts(), tally.won, ended.getOrDefault(stage.id(), 0L), median);
        }).toList();
    }

    /** Deals that were in the pipeline in the period, and an admin's stage deletion has moved to another pipeline since. */
    private void addDealsNowElsewhere(Map<Long, DealRow> deals, Map<Long, Set<Long>> dealsByStage) {
        List<Long> elsewhere = dealsByStage.values().stream().flatMap(Set::stream).filter(deal -> !deals.containsKey(deal))
                .distinct().toList();
        if (!elsewhere.isEmpty()) {
            jdbc.query("SELECT id, amount, currency, stage_id, source_id, created_at FROM deal WHERE id IN (:ids)",
                    Map.of("ids", elsewhere), rs -> {
                        deals.put(rs.getLong("id"), new DealRow(rs.getBigDecimal("amount"), rs.getString("currency"),
                                rs.getLong("stage_id"), null, Instant.EPOCH));
                    });
        }
    }

    private static List<SourceFigures> sources(PlacementCatalog.Snapshot snapshot, Map<Long, DealRow> deals, Instant from, Instant to) {
        Map<Long, Tally> tallies = new HashMap<>();
        Tally withoutSource = new Tally();
        deals.values().stream().filter(deal -> !deal.createdAt().isBefore(from) && deal.createdAt().isBefore(to))
                .forEach(deal -> (deal.sourceId() == null ? withoutSource : tallies.computeIfAbsent(deal.sourceId(), id -> new Tally()))
                        .addCreated(deal, isWon(snapshot, deal)));
        List<SourceFigures> figures = new ArrayList<>();
        tallies.forEach((id, tally) -> {
            SourceView source = snapshot.sourceById().get(id);
            figures.add(new SourceFigures(id, source == null ? null : source.name(), source == null ? null : source.kind(),
                    tally.deals, tally.won, tally.amounts()));
        });
        if (withoutSource.deals > 0) {
            figures.add(new SourceFigures(null, null, null, withoutSource.deals, withoutSource.won, withoutSource.amounts()));
        }
        figures.sort(Comparator.comparingLong(SourceFigures::deals).reversed()
                .thenComparing(SourceFigures::sourceId, Comparator.nullsLast(Comparator.naturalOrder())));
        return figures;
    }

    private static boolean isWon(PlacementCatalog.Snapshot snapshot, DealRow deal) {
        PipelineView pipeline = snapshot.pipelineOfStage().get(deal.stageId());
        return pipeline != null && pipeline.stage(deal.stageId()).map(stage -> stage.kind() == StageKind.WON).orElse(false);
    }

    /** Counts and sums per currency of one stage's or one source's deals. */
    private static final class Tally {
        private long deals;
        private long won;
        private final Map<String, BigDecimal> amounts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));

        /** A deal in a stage: its value counts whether or not it is won. */
        void add(DealRow deal, boolean isWon) {
            count(isWon);
            addAmount(deal);
        }

        /** A deal a source brought: only a won deal's value counts. */
        void addCreated(DealRow deal, boolean isWon) {
            count(isWon);
            if (isWon) {
                addAmount(deal);
            }
        }

        private void count(boolean isWon) {
            deals++;
            won += isWon ? 1 : 0;
        }

        private void addAmount(DealRow deal) {
            if (deal.amount() != null) {
                amounts.merge(deal.currency(), deal.amount(), BigDecimal::add);
            }
        }

        List<Amount> amounts() {
            return amounts.entrySet().stream().map(amount -> new Amount(amount.getKey(), amount.getValue())).toList();
        }
    }
}
