package com.leadwire.contacts;

/** One event's contact part, already normalised, as the batched intake write hands it over; {@code sourceKey} may be null. */
public record ContactIntake(long eventId, ContactDetails details, String actor, boolean imported, String sourceKey) {
}
