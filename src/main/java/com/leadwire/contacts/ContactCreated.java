package com.leadwire.contacts;

/** A new contact was created by an intake event. */
public record ContactCreated(long contactId, String email, Long eventId) {
}
