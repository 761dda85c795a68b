package com.leadwire.leads;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The end criteria of a group's A/B test (two or more sequences), any of them: a date, a conversion
 * rate (0 to 1), a revenue, a number of unique leads; {@code keepBest} switches everyone still in the
 * test to the winner when it ends.
 */
public record LeadGroupTest(Instant endsAt, BigDecimal targetConversion, BigDecimal targetRevenue, Integer targetLeads,
                            boolean keepBest) {

    public static final LeadGroupTest NONE = new LeadGroupTest(null, null, null, null, false);
}
