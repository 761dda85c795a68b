package com.leadwire.contacts;

import java.util.List;

/** An intake event for a known e-mail filled fields of the existing contact. */
public record ContactMerged(long contactId, Long eventId, List<String> changedFields) {
}
