package com.leadwire.leads.abtests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import com.leadwire.leads.TestEndReason;
import com.leadwire.leads.abtests.AbTestRows.Tally;
import com.leadwire.pipeline.PipelineStatistics.Amount;

/**
 * Whether a running A/B test meets one of its end criteria, and which variant wins. Checked in this
 * order: a target conversion (a variant with at least the minimum number of leads converts at the
 * target rate or better: it wins, the best such if several), a target revenue (a variant's converted
 * revenue in one currency reaches it: the highest wins), a target number of leads in the test, the
 * end date. For the last two the variant converting best wins; ties, and a test without conversions,
 * go to the earlier variant (the first is the control).
 */
final class EndCriteria {

    /** How the test ends. */
    record Ending(TestEndReason reason, long winnerSequenceId) {
    }

    private EndCriteria() {
    }

    static Optional<Ending> check(GroupTest test, Map<Long, Tally> tallies, Map<Long, List<Amount>> revenue, Instant now, int minimumLeads) {
        if (!test.running()) {
            return Optional.empty();
        }
        List<Long> variants = test.variants();
        if (test.targetConversion() != null) {
            double target = test.targetConversion().doubleValue();
            Optional<Long> reached = best(variants.stream().filter(variant -> {
                Tally tally = tally(tallies, variant);
                return tally.leads() >= minimumLeads && tally.rate() >= target;
            }).toList(), variant -> tally(tallies, variant).rate());
            if (reached.isPresent()) {
                return Optional.of(new Ending(TestEndReason.TARGET_CONVERSION, reached.get()));
            }
        }
        if (test.targetRevenue() != null) {
            Optional<Long> reached = best(variants.stream()
                    .filter(variant -> largestRevenue(revenue, variant).compareTo(test.targetRevenue()) >= 0).toList(),
                    variant -> largestRevenue(revenue, variant).doubleValue());
            if (reached.isPresent()) {
                return Optional.of(new Ending(TestEndReason.TARGET_REVENUE, reached.get()));
            }
        }
        if (test.targetLeads() != null && tallies.values().stream().mapToLong(Tally::leads).sum() >= test.targetLeads()) {
            return Optional.of(new Ending(TestEndReason.TARGET_LEADS, bestConverting(variants, tallies)));
        }
        if (test.endsAt() != null && !now.isBefore(test.endsAt())) {
            return Optional.of(new Ending(TestEndReason.END_DATE, bestConverting(variants, tallies)));
        }
        return Optional.empty();
    }

    /** The variant with the highest conversion rate (no leads: 0), the earlier on a tie. */
    static long bestConverting(List<Long> variants, Map<Long, Tally> tallies) {
        return best(variants, variant -> {
            Double rate = tally(tallies, variant).rate();
            return rate == null ? 0 : rate;
        }).orElseThrow();
    }

    private static Optional<Long> best(List<Long> variants, ToDoubleFunction<Long> score) {
        // Stream.max keeps the first of equal elements: the earlier variant wins a tie
        return variants.stream().max(Comparator.comparingDouble(score));
    }

    private static Tally tally(Map<Long, Tally> tallies, long variant) {
        return tallies.getOrDefault(variant, Tally.NONE);
    }

    private static BigDecimal largestRevenue(Map<Long, List<Amount>> revenue, long variant) {
        return revenue.getOrDefault(variant, List.of()).stream().map(Amount::amount).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }
}
