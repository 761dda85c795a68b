package com.leadwire.leads;

/** Which leads a group takes in. */
public enum LeadSource {
    /** Every new deal (at intake) whose contact has an e-mail. */
    ALL,
    /** A payment started but not successful: its status became FAILED or EXPIRED. */
    UNFINISHED,
    /** A deal from a checkout source whose contact has an e-mail, with no payment within the group's {@code abandonAfter}. */
    ABANDONED
}
