package com.leadwire.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A merge of contact {@code from} into contact {@code into}: who did it and when, the field
 * choices, what moved (e-mails and row ids by kind, e.g. DEAL), and whether it was undone.
 */
public record ContactMergeView(long id, long into, long from, Map<String, MergeSide> keep, List<String> movedEmails,
                               Map<String, List<Long>> movedRows, String mergedBy, Instant mergedAt, String undoneBy,
                               Instant undoneAt) {
}
