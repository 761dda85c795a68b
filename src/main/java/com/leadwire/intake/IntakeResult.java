package com.leadwire.intake;

/**
 * What became of an accepted event. A repeat of an idempotency key answers the first event's
 * result with {@code repeated = true}; a repeat of an erased person's key has {@code erased = true}.
 */
public record IntakeResult(long eventId, long contactId, Long dealId, boolean contactCreated, boolean dealCreated,
                           boolean repeated, boolean erased) {

    public IntakeResult(long eventId, long contactId, Long dealId, boolean contactCreated, boolean dealCreated, boolean repeated) {
        this(eventId, contactId, dealId, contactCreated, dealCreated, repeated, false);
    }

    public IntakeResult asRepeat() {
        return new IntakeResult(eventId, contactId, dealId, false, false, true);
    }
}
