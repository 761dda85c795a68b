package com.leadwire.leads;

/** Where a lead's follow-up stands: ACTIVE, COMPLETED, STOPPED (with why), or NONE when its group started none. */
public enum LeadFollowUpStatus {
    ACTIVE, COMPLETED, STOPPED, NONE
}
