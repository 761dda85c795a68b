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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.PipelineStatistics.SourceFigures;
import com.leadwire.pipeline.PipelineStatistics.StageFigures;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.ParallelReads;

/**
 * A pipeline's figures for a period, from its deals and their stage history: per stage the deals
 * that were in it, their value, the share of them now won and the median stay; per source the
 * deals it brought and what of them is won. A stay in a stage is a history row: from the move
 * that entered the stage ({@code moved_at}) to the deal's next move ({@code left_at}, null while
 * the deal is still there).
 *
 * <p>The database counts and sums, grouped by the deal's stage now and currency (a few dozen rows
 * whatever the number of deals); which stage is won is the catalogue's, as everywhere else. The
 * three queries run side by side ({@link ParallelReads}), each in a read of its own.
 */
@Service
public class DealStatistics {

    /** Whether the pipeline holds any deal at all. */
    static final String ANY_DEAL = """
            SELECT id FROM deal WHERE pipeline_id = :pipeline LIMIT 1""";

    /**
     * The deals that were in the pipeline's stages in the period, grouped by the set of those
     * stages each was in (a bit per stage, {@code %s} being {@code WHEN <stage id> THEN <bit>}),
     * where it is now and currency. The stays that count: in an open stage, any stay that overlaps
     * the period; in a won or lost stage, a stay that began in it (a decided deal stays there for
     * good, and counting it in every later period would say nothing about the period). A deal
     * counts once per stage however often it came back, and wherever it is now (an admin's stage
     * deletion may have moved it to another pipeline since). Grouping the stays by deal first
     * looks each deal up once, not once per stage it passed (a year of 100k deals: 2.5 times as
     * fast, bench/README.md).
     */
    static final String STAGE_DEALS = """
            SELECT stay.stages, d.stage_id AS now_stage_id, d.currency, COUNT(*) AS deals, SUM(d.amount) AS amount
            FROM (SELECT h.deal_id, SUM(DISTINCT CASE h.to_stage_id %s END) AS stages
                  FROM deal_history h JOIN stage s ON s.id = h.to_stage_id
                  WHERE h.to_stage_id IN (:stages) AND h.moved_at < :to
                    AND (s.kind = 'OPEN' AND (h.left_at IS NULL OR h.left_at > :from) OR s.kind <> 'OPEN' AND h.moved_at >= :from)
                  GROUP BY h.deal_id) stay
            JOIN deal d ON d.id = stay.deal_id
            GROUP BY stay.stages, d.stage_id, d.currency""";

    /** Stages per {@link #STAGE_DEALS} query: one bit each in a signed 64-bit sum. */
    private static final int STAGES_PER_QUERY = 62;

    /** Per source, the pipeline's deals created in the period, by where they are now and currency. */
    static final String SOURCE_DEALS = """
            SELECT source_id, stage_id AS now_stage_id, currency, COUNT(*) AS deals, SUM(amount) AS amount FROM deal
            WHERE pipeline_id = :pipeline AND created_at >= :from AND created_at < :to
            GROUP BY source_id, stage_id, currency""";

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
    private final ParallelReads reads;

    DealStatistics(NamedParameterJdbcTemplate jdbc, PlacementCatalog catalog, ParallelReads reads) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.reads = reads;
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
        boolean hasDeals = !jdbc.queryForList(ANY_DEAL, Map.of("pipeline", pipelineId), Long.class).isEmpty();
        if (!hasDeals || pipeline.stages().isEmpty()) {
            return Optional.of(new PipelineStatistics(pipeline, hasDeals, pipeline.stages().stream()
                    .map(stage -> new StageFigures(stage, 0, List.of(), 0, 0, null)).toList(), List.of()));
        }
        MapSqlParameterSource period = new MapSqlParameterSource("stages", pipeline.stages().stream().map(StageView::id).toList())
                .addValue("pipeline", pipelineId).addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        var stageDeals = reads.start(() -> stageTallies(snapshot, pipeline.stages(), period));
        var medianStays = reads.start(() -> medianStays(period));
        var sources = reads.start(() -> sources(snapshot, period));
        return Optional.of(new PipelineStatistics(pipeline, true,
                stages(pipeline, ParallelReads.result(stageDeals), ParallelReads.result(medianStays)), ParallelReads.result(sources)));
    }

    private Map<Long, Tally> stageTallies(PlacementCatalog.Snapshot snapshot, List<StageView> stages, MapSqlParameterSource period) {
        Map<Long, Tally> tallies = new HashMap<>();
        for (int first = 0; first < stages.size(); first += STAGES_PER_QUERY) {
            List<Long> ids = stages.subList(first, Math.min(stages.size(), first + STAGES_PER_QUERY)).stream().map(StageView::id).toList();
            jdbc.query(STAGE_DEALS.formatted(stageBits(ids)), new MapSqlParameterSource(period.getValues()).addValue("stages", ids), rs -> {
                boolean won = isWon(snapshot, rs.getLong("now_stage_id"));
                long passed = rs.getLong("stages");
                for (int bit = 0; bit < ids.size(); bit++) {
                    if ((passed & 1L << bit) != 0) {
                        tallies.computeIfAbsent(ids.get(bit), stage -> new Tally()).add(rs, won, true);
                    }
                }
            });
        }
        return tallies;
    }

    /** {@link #STAGE_DEALS}' CASE branches: stage ids are the catalogue's numbers, written in as such. */
    private static String stageBits(List<Long> stages) {
        StringBuilder bits = new StringBuilder();
        for (int bit = 0; bit < stages.size(); bit++) {
            bits.append(" WHEN ").append(stages.get(bit)).append(" THEN ").append(1L << bit);
        }
        return bits.toString();
    }

    /** Per stage, the middle one or two stay lengths and how many stays ended. */
    private record MedianStays(Map<Long, List<Long>> middles, Map<Long, Long> ended) {
    }

    private MedianStays medianStays(MapSqlParameterSource period) {
        Map<Long, List<Long>> middles = new HashMap<>();
        Map<Long, Long> ended = new HashMap<>();
        jdbc.query(MEDIAN_STAYS, period, rs -> {
            middles.computeIfAbsent(rs.getLong("stage_id"), stage -> new ArrayList<>()).add(rs.getLong("micros"));
            ended.put(rs.getLong("stage_id"), rs.getLong("total"));
        });
        return new MedianStays(middles, ended);
    }

    private static List<StageFigures> stages(PipelineView pipeline, Map<Long, Tally> tallies, MedianStays stays) {
        Map<Long, List<Long>> middles = stays.middles();
        Map<Long, Long> ended = stays.ended();
        return pipeline.stages().stream().map(stage -> {
            Tally tally = tallies.getOrDefault(stage.id(), new Tally());
            List<Long> middle = middles.get(stage.id());
            Duration median = middle == null ? null
                    : Duration.ofNanos(Math.round(middle.stream().mapToLong(Long::longValue).average().orElseThrow() * 1000));
            return new StageFigures(stage, tally.deals, tally.amounts(), tally.won, ended.getOrDefault(stage.id(), 0L), median);
        }).toList();
    }

    private List<SourceFigures> sources(PlacementCatalog.Snapshot snapshot, MapSqlParameterSource period) {
        Map<Long, Tally> tallies = new HashMap<>();
        Tally withoutSource = new Tally();
        jdbc.query(SOURCE_DEALS, period, rs -> {
            Long sourceId = rs.getObject("source_id", Long.class);
            boolean won = isWon(snapshot, rs.getLong("now_stage_id"));
            (sourceId == null ? withoutSource : tallies.computeIfAbsent(sourceId, id -> new Tally())).add(rs, won, won);
        });
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

    private static boolean isWon(PlacementCatalog.Snapshot snapshot, long stageId) {
        PipelineView pipeline = snapshot.pipelineOfStage().get(stageId);
        return pipeline != null && pipeline.stage(stageId).map(stage -> stage.kind() == StageKind.WON).orElse(false);
    }

    /** Counts and sums per currency of one stage's or one source's deals. */
    private static final class Tally {
        private long deals;
        private long won;
        private final Map<String, BigDecimal> amounts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));

        /** One group's row (deals, amount, currency); its amount counts when {@code withValue}. */
        void add(ResultSet group, boolean isWon, boolean withValue) throws SQLException {
            long count = group.getLong("deals");
            deals += count;
            won += isWon ? count : 0;
            BigDecimal amount = group.getBigDecimal("amount");
            if (withValue && amount != null) {
                amounts.merge(group.getString("currency"), amount, BigDecimal::add);
            }
        }

        List<Amount> amounts() {
            return amounts.entrySet().stream().map(amount -> new Amount(amount.getKey(), amount.getValue())).toList();
        }
    }
}
