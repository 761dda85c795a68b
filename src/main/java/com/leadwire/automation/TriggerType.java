package com.leadwire.automation;

/** What makes a rule fire. */
public enum TriggerType {
    CONTACT_CREATED,
    DEAL_CREATED,
    /** With {@code pipelineId} and {@code stageId}; also when a new deal is placed in that stage. */
    DEAL_ENTERED_STAGE,
    DEAL_WON,
    DEAL_LOST,
    /** With {@code status}: a payment callback with that status reached its deal. */
    PAYMENT_STATUS,
    /** With {@code pipelineId}, {@code stageId} and {@code after}: the deal has not left the stage for that long. */
    DEAL_IDLE_IN_STAGE,
    /** With {@code of} (another trigger type) and {@code after}: that long after the other trigger. */
    DELAY,
    /** A prospect wrote to the bot about their deal. */
    MESSAGE_RECEIVED,
    /** A contact unsubscribed from marketing e-mail (their link, or an admin for them). */
    CONTACT_UNSUBSCRIBED;

    /** Whether a firing of this trigger concerns a deal (else only a contact). */
    public boolean aboutDeal() {
        return this != CONTACT_CREATED && this != CONTACT_UNSUBSCRIBED;
    }
}
