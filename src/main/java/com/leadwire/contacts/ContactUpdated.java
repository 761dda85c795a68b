package com.leadwire.contacts;

import java.util.List;

/** An intake event for a known e-mail filled fields of the existing contact (not a merge of two contacts: see ContactsMerged). */
public record ContactUpdated(long contactId, Long eventId, List<String> changedFields) {
}
