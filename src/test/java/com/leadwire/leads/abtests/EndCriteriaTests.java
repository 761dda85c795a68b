package com.leadwire.leads.abtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.leadwire.leads.TestEndReason;
import com.leadwire.leads.abtests.AbTestRows.Tally;
import com.leadwire.leads.abtests.EndCriteria.Ending;
import com.leadwire.pipeline.PipelineStatistics.Amount;

class EndCriteriaTests {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
    private static final long A = 10;
    private static final long B = 20;
    private static final int MINIMUM = 30;

    private static GroupTest test(Instant endsAt, String targetConversion, String targetRevenue, Integer targetLeads) {
        return new GroupTest(1, "Carrinho", List.of(A, B), endsAt, targetConversion == null ? null : new BigDecimal(targetConversion),
                targetRevenue == null ? null : new BigDecimal(targetRevenue), targetLeads, true, null, null, null);
    }

    @Test
    void theEndDateEndsItAndTheBetterConvertingVariantWins() {
        Map<Long, Tally> tallies = Map.of(A, new Tally(10, 1, 0), B, new Tally(10, 3, 0));

        assertThat(EndCriteria.check(test(NOW.plusSeconds(1), null, null, null), tallies, Map.of(), NOW, MINIMUM)).isEmpty();
        assertThat(EndCriteria.check(test(NOW, null, null, null), tallies, Map.of(), NOW, MINIMUM))
                .contains(new Ending(TestEndReason.END_DATE, B));
    }

    @Test
    void aTieOrNoConversionAtAllKeepsTheFirstVariant() {
        assertThat(EndCriteria.check(test(NOW, null, null, null), Map.of(A, new Tally(5, 1, 0), B, new Tally(5, 1, 0)), Map.of(), NOW,
                MINIMUM)).contains(new Ending(TestEndReason.END_DATE, A));
        assertThat(EndCriteria.check(test(NOW, null, null, null), Map.of(), Map.of(), NOW, MINIMUM))
                .contains(new Ending(TestEndReason.END_DATE, A));
    }

    @Test
    void aTargetConversionCountsOnlyWithTheMinimumOfLeads() {
        GroupTest test = test(null, "0.25", null, null);

        // B converts 3 of 10 (30%), above the target, but ten leads say little
        assertThat(EndCriteria.check(test, Map.of(A, new Tally(40, 4, 0), B, new Tally(10, 3, 0)), Map.of(), NOW, MINIMUM)).isEmpty();
        // with 30 leads, 8 conversions (26.7%) meet it; A's 25% of 40 does too, B's rate is higher
        assertThat(EndCriteria.check(test, Map.of(A, new Tally(40, 10, 0), B, new Tally(30, 8, 0)), Map.of(), NOW, MINIMUM))
                .contains(new Ending(TestEndReason.TARGET_CONVERSION, B));
    }

    @Test
    void aTargetRevenueIsReachedInOneCurrencyByOneVariant() {
        GroupTest test = test(null, null, "1000", null);
        Map<Long, Tally> tallies = Map.of(A, new Tally(3, 2, 0), B, new Tally(3, 1, 0));

        assertThat(EndCriteria.check(test, tallies, Map.of(A, List.of(new Amount("BRL", new BigDecimal("600")), new Amount("USD",
                new BigDecimal("500")))), NOW, MINIMUM)).isEmpty();
        assertThat(EndCriteria.check(test, tallies, Map.of(A, List.of(new Amount("BRL", new BigDecimal("600"))), B,
                List.of(new Amount("BRL", new BigDecimal("1000.00")))), NOW, MINIMUM)).contains(new Ending(TestEndReason.TARGET_REVENUE, B));
    }

    @Test
    void aTargetNumberOfLeadsCountsEveryVariant() {
        GroupTest test = test(null, null, null, 6);

        assertThat(EndCriteria.check(test, Map.of(A, new Tally(3, 0, 0), B, new Tally(2, 0, 0)), Map.of(), NOW, MINIMUM)).isEmpty();
        assertThat(EndCriteria.check(test, Map.of(A, new Tally(3, 1, 0), B, new Tally(3, 0, 0)), Map.of(), NOW, MINIMUM))
                .contains(new Ending(TestEndReason.TARGET_LEADS, A));
    }

    @Test
    void anEndedTestOrAGroupWithOneSequenceIsNotChecked() {
        GroupTest ended = new GroupTest(1, "x", List.of(A, B), NOW, null, null, null, true, NOW, TestEndReason.END_DATE, A);
        GroupTest single = new GroupTest(1, "x", List.of(A), NOW, null, null, null, true, null, null, null);

        assertThat(EndCriteria.check(ended, Map.of(), Map.of(), NOW, MINIMUM)).isEmpty();
        assertThat(EndCriteria.check(single, Map.of(), Map.of(), NOW, MINIMUM)).isEmpty();
    }
}
