package com.leadwire.intake;

/**
 * What became of an accepted event. A repeat of an idempotency key answers the first event's
 * result with {@code repeated = true}.
 */
public record IntakeResult(long eventId, long contactId, Long dealId, boolean contactCreated, boolean dealCreated,
                           boolean repeated) {

    public IntakeResult asRepeat() {
        return new IntakeResult(eventId, contactId, dealId, false, false, true);
    }
}
