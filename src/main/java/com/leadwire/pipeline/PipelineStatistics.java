package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * What a pipeline's deals did in a period (see {@link DealStatistics}): per stage, per source.
 *
 * @param hasDeals whether the pipeline holds any deal at all (else there is nothing to show for any period)
 */
public record PipelineStatistics(PipelineView pipeline, boolean hasDeals, List<StageFigures> stages, List<SourceFigures> sources) {

    /** A sum of deal values in one currency ({@code currency} null: the deals named none). */
    public record Amount(String currency, BigDecimal amount) {
    }

    /**
     * One stage in the period.
     *
     * @param deals the deals that were in the stage during the period (in a won or lost stage: that got there in it)
     * @param value the sum of their values, per currency
     * @param nowWon how many of them are in a won stage now
     * @param left how many stays in the stage ended during the period
     * @param medianTime the median length of those stays; null when none ended
     */
    public record StageFigures(StageView stage, long deals, List<Amount> value, long nowWon, long left, Duration medianTime) {

        /** The share of the stage's deals now won, 0 to 1; null when the stage had none. */
        public Double conversion() {
            return deals == 0 ? null : (double) nowWon / deals;
        }
    }

    /**
     * The deals one source brought into the pipeline during the period.
     *
     * @param sourceId null for deals without a source
     * @param name null for deals without a source, or when the source was deleted
     * @param kind null when {@code name} is
     * @param won how many of them are in a won stage now
     * @param wonValue the sum of those won deals' values, per currency
     */
    public record SourceFigures(Long sourceId, String name, SourceKind kind, long deals, long won, List<Amount> wonValue) {
    }
}
