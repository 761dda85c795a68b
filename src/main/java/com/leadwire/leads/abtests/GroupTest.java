package com.leadwire.leads.abtests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.leadwire.leads.TestEndReason;

/**
 * A lead group's A/B test as stored: its variants (sequence ids in order), end criteria and end.
 * {@code targetConversion} is a rate from 0 to 1.
 */
public record GroupTest(long groupId, String name, List<Long> variants, Instant endsAt, BigDecimal targetConversion,
                        BigDecimal targetRevenue, Integer targetLeads, boolean keepBest, Instant endedAt, TestEndReason endReason,
                        Long winnerSequenceId) {

    public GroupTest {
        variants = List.copyOf(variants);
    }

    GroupTest withVariants(List<Long> sequenceIds) {
        return new GroupTest(groupId, name, sequenceIds, endsAt, targetConversion, targetRevenue, targetLeads, keepBest, endedAt, endReason,
                winnerSequenceId);
    }

    /** Two or more variants and not ended. */
    public boolean running() {
        return variants.size() >= 2 && endedAt == null;
    }

    boolean hasTarget() {
        return targetConversion != null || targetRevenue != null || targetLeads != null;
    }
}
