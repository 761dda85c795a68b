package com.leadwire.leads;

/** The status of a lead's latest follow-up e-mail, or NONE when no e-mail has fallen due yet. */
public enum LeadEmailStatus {
    NONE, QUEUED, SENT, FAILED, BOUNCED, SKIPPED
}
