package com.leadwire.intake;

/**
 * What an accepted event did. Events stored before outcomes were recorded read {@link #PROCESSED}.
 * A refused event leaves no row (nothing of bad input is stored), so it has no outcome here.
 */
public enum EventOutcome {
    /** A new contact and a new deal. */
    CREATED,
    /** The contact existed (found by one of its e-mails, the event's details merged into it); a new deal. */
    MERGED,
    /** An existing deal changed (a payment's later callback). */
    DEAL_UPDATED,
    /** A new contact, no deal (an import of contacts only). */
    CONTACT_CREATED,
    /** The event's details merged into an existing contact, no deal. */
    CONTACT_MERGED,
    /** Stored before outcomes were recorded. */
    PROCESSED,
    /** Its person was erased: the payload is gone; the key stays, so that a replay is refused rather than bring them back. */
    ERASED;

    static EventOutcome of(boolean contactCreated, boolean withDeal, boolean dealCreated) {
        if (!withDeal) {
            return contactCreated ? CONTACT_CREATED : CONTACT_MERGED;
        }
        if (!dealCreated) {
            return DEAL_UPDATED;
        }
        return contactCreated ? CREATED : MERGED;
    }
}
