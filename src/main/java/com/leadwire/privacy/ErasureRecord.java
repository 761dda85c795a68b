package com.leadwire.privacy;

import java.time.Instant;
import java.util.Map;

/** An erasure as it is kept: no personal data, only which contact id, when, by whom, and the rows touched per table. */
public record ErasureRecord(long id, long contactId, Instant erasedAt, String erasedBy, Map<String, Integer> counts) {
}
