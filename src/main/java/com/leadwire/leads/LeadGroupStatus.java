package com.leadwire.leads;

/** Whether a group takes in leads; an active group with a start date in the future waits for it. */
public enum LeadGroupStatus {
    ACTIVE, INACTIVE
}
