package com.leadwire.leads.abtests;

import java.util.List;
import java.util.Locale;

import com.leadwire.leads.LeadGroupResultsView.Comparison;
import com.leadwire.leads.LeadGroupResultsView.Significance;
import com.leadwire.leads.LeadGroupResultsView.Verdict;
import com.leadwire.leads.abtests.AbTestRows.Tally;

/**
 * The significance figure of a test and its reading in plain words: with two variants the second
 * against the first; with more, each against the first, and the figure is that of the one converting
 * best among the others. A difference is significant at 95% when the two-sided p-value is below
 * 0.05 and both variants have at least the minimum number of leads (the z-test's normal
 * approximation needs a sample of some size).
 */
public final class SignificanceReading {

    /** A variant as the reading names it. */
    public record Named(long sequenceId, String name, Tally tally) {
    }

    private SignificanceReading() {
    }

    public static Comparison compare(Tally first, Tally other, int minimumLeads) {
        ZTest test = ZTest.of(first.leads(), first.conversions(), other.leads(), other.conversions());
        if (test == null) {
            return new Comparison(null, null, false);
        }
        boolean enough = first.leads() >= minimumLeads && other.leads() >= minimumLeads;
        return new Comparison(test.z(), test.pValue(), enough && test.significantAt95());
    }

    public static Significance of(List<Named> variants, int minimumLeads) {
        if (variants.size() < 2) {
            return new Significance(null, null, null, false, Verdict.NO_COMPARISON, minimumLeads,
                    "The group sends one sequence: there is nothing to compare.");
        }
        Named first = variants.get(0);
        Named challenger = variants.subList(1, variants.size()).stream()
                .max((a, b) -> Double.compare(rate(a), rate(b))).orElseThrow();
        Comparison comparison = compare(first.tally(), challenger.tally(), minimumLeads);
        String prefix = variants.size() > 2 ? "Each variant is compared with the first, '" + first.name() + "'; the best of the others is '"
                + challenger.name() + "'. " : "";
        boolean enough = first.tally().leads() >= minimumLeads && challenger.tally().leads() >= minimumLeads;
        Verdict verdict;
        String reading;
        if (!enough || comparison.z() == null) {
            verdict = Verdict.TOO_FEW_LEADS;
            reading = "Not enough data yet: each variant needs at least " + minimumLeads + " leads, and some of them converting, before "
                    + "the difference can be judged. Keep the test running.";
        } else if (!comparison.significant()) {
            verdict = Verdict.NOT_SIGNIFICANT;
            reading = "'" + challenger.name() + "' converts " + percent(rate(challenger)) + " and '" + first.name() + "' "
                    + percent(rate(first)) + "; the difference is not significant yet (p = " + pValue(comparison.pValue())
                    + "): keep the test running.";
        } else {
            boolean challengerBetter = comparison.z() > 0;
            verdict = challengerBetter ? Verdict.CHALLENGER_BETTER : Verdict.FIRST_BETTER;
            Named better = challengerBetter ? challenger : first;
            Named worse = challengerBetter ? first : challenger;
            reading = "'" + better.name() + "' converts better than '" + worse.name() + "' (" + percent(rate(better)) + " against "
                    + percent(rate(worse)) + "); the difference is significant at 95% (p = " + pValue(comparison.pValue()) + ").";
        }
        return new Significance(challenger.sequenceId(), comparison.z(), comparison.pValue(), comparison.significant(), verdict,
                minimumLeads, prefix + reading);
    }

    private static double rate(Named variant) {
        Double rate = variant.tally().rate();
        return rate == null ? 0 : rate;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
