package com.leadwire.contacts;

/** A new contact was created by an intake event; {@code imported}: by a CSV import row (an admin's bulk change). */
public record ContactCreated(long contactId, String email, Long eventId, boolean imported) {
}
