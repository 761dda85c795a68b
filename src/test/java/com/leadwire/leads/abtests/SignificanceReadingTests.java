package com.leadwire.leads.abtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.leadwire.leads.LeadGroupResultsView.Significance;
import com.leadwire.leads.LeadGroupResultsView.Verdict;
import com.leadwire.leads.abtests.AbTestRows.Tally;
import com.leadwire.leads.abtests.SignificanceReading.Named;

class SignificanceReadingTests {

    @Test
    void aSignificantlyBetterSecondVariantIsReadAsSuch() {
        Significance significance = SignificanceReading.of(List.of(new Named(1, "Ten off", new Tally(200, 20, 0)),
                new Named(2, "Fifteen off", new Tally(200, 36, 0))), 30);

        assertThat(significance.verdict()).isEqualTo(Verdict.CHALLENGER_BETTER);
        assertThat(significance.significant()).isTrue();
        assertThat(significance.sequenceId()).isEqualTo(2L);
        assertThat(significance.reading()).isEqualTo("'Fifteen off' converts better than 'Ten off' (18.0% against 10.0%); the difference is "
                + "significant at 95% (p = 0.0211).");
    }

    @Test
    void aDifferenceThatMayBeChanceSaysKeepTheTestRunning() {
        Significance significance = SignificanceReading.of(List.of(new Named(1, "A", new Tally(1000, 100, 0)),
                new Named(2, "B", new Tally(1000, 110, 0))), 30);

        assertThat(significance.verdict()).isEqualTo(Verdict.NOT_SIGNIFICANT);
        assertThat(significance.reading()).isEqualTo("'B' converts 11.0% and 'A' 10.0%; the difference is not significant yet "
                + "(p = 0.4657): keep the test running.");
    }

    @Test
    void aLargeDifferenceOnFewLeadsIsNotCalledSignificant() {
        Significance significance = SignificanceReading.of(List.of(new Named(1, "A", new Tally(20, 0, 0)),
                new Named(2, "B", new Tally(20, 10, 0))), 30);

        assertThat(significance.pValue()).isLessThan(0.05);
        assertThat(significance.significant()).isFalse();
        assertThat(significance.verdict()).isEqualTo(Verdict.TOO_FEW_LEADS);
    }

    @Test
    void withThreeVariantsTheBestOtherIsComparedWithTheFirstAndTheReadingSaysSo() {
        Significance significance = SignificanceReading.of(List.of(new Named(1, "A", new Tally(200, 36, 0)),
                new Named(2, "B", new Tally(200, 30, 0)), new Named(3, "C", new Tally(200, 20, 0))), 30);

        assertThat(significance.sequenceId()).isEqualTo(2L);
        assertThat(significance.verdict()).isEqualTo(Verdict.NOT_SIGNIFICANT);
        assertThat(significance.reading()).startsWith("Each variant is compared with the first, 'A'; the best of the others is 'B'.");
    }

    @Test
    void oneSequenceHasNothingToCompare() {
        assertThat(SignificanceReading.of(List.of(new Named(1, "A", new Tally(5, 1, 0))), 30).verdict()).isEqualTo(Verdict.NO_COMPARISON);
    }
}
