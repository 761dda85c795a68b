package com.leadwire.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.leadwire.pipeline.PipelineStatistics.Amount;

/**
 * A lead group's A/B figures for the leads that entered it in a period ({@code from} and {@code to}
 * days of the server's time zone, both included; null = open): per variant, in the group's order,
 * and the significance of the difference; the test's end criteria and how it ended.
 */
public record LeadGroupResultsView(long groupId, String groupName, LocalDate from, LocalDate to, List<Variant> variants,
                                   Significance significance, Test test) {

    public LeadGroupResultsView {
        variants = List.copyOf(variants);
    }

    /**
     * One variant: the leads that were tested with it (a lead switched to the winner when the test ended
     * still counts here, see {@code switched}), the e-mails its sequence sent (left the outbox: SENT or
     * BOUNCED), the leads that converted after entering, their rate (0 to 1; null without leads) and
     * the converted deals' amounts per currency. {@code vsFirst}: this variant against the first (null
     * for the first).
     */
    public record Variant(long sequenceId, String sequenceName, long leads, long emailsSent, long conversions, Double conversionRate,
                          List<Amount> revenue, long switched, Comparison vsFirst) {

        public Variant {
            revenue = List.copyOf(revenue);
        }
    }

    /** A two-proportion z-test of a variant against the first; z and pValue null while undefined. */
    public record Comparison(Double z, Double pValue, boolean significant) {
    }

    /**
     * The difference between the first variant and {@code sequenceId} (the second; with more variants,
     * the one converting best of the others, each being compared with the first). {@code significant}:
     * p below 0.05 with at least {@code minimumLeads} leads in both. {@code reading} says it in words.
     */
    public record Significance(Long sequenceId, Double z, Double pValue, boolean significant, Verdict verdict, int minimumLeads,
                               String reading) {
    }

    public enum Verdict {
        /** The group sends one sequence. */
        NO_COMPARISON,
        /** A compared variant has fewer leads than the minimum, or no difference can be measured yet. */
        TOO_FEW_LEADS,
        NOT_SIGNIFICANT,
        /** The compared variant converts better than the first, significantly. */
        CHALLENGER_BETTER,
        /** The first variant converts better, significantly. */
        FIRST_BETTER
    }

    /** The test's end criteria (any one ends it) and, once it ended, when, why and the winner. */
    public record Test(Instant endsAt, BigDecimal targetConversion, BigDecimal targetRevenue, Integer targetLeads, boolean keepBest,
                       Instant endedAt, TestEndReason endReason, Long winnerSequenceId) {
    }
}
