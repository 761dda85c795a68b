package com.leadwire.contacts;

import java.time.Instant;

/**
 * One change on a contact: {@code kind} CREATED, UPDATED (an intake filled a field), EMAIL_ADDED,
 * MERGED (another contact merged into this one), RETIRED (merged into another), UNMERGED (a merge undone).
 */
public record ContactHistoryEntry(String kind, String field, String oldValue, String newValue, String actor, Instant at, Long eventId) {
}
