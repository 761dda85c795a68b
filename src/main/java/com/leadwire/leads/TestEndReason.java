package com.leadwire.leads;

/** Which of an A/B test's end criteria ended it. */
public enum TestEndReason {
    /** The test's end date came. */
    END_DATE,
    /** A variant with at least the minimum number of leads reached the target conversion rate. */
    TARGET_CONVERSION,
    /** A variant's revenue, in one currency, reached the target revenue. */
    TARGET_REVENUE,
    /** The test holds the target number of unique leads. */
    TARGET_LEADS
}
