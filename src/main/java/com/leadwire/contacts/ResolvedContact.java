package com.leadwire.contacts;

/** The contact an intake event ended in, and whether the event created it. */
public record ResolvedContact(long contactId, String email, String name, String language, boolean created) {
}
