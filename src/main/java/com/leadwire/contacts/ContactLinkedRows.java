package com.leadwire.contacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Rows another module keeps per contact (the pipeline's deals), which a merge of two contacts
 * moves to the survivor and its undo moves back. Implement it as a bean; all calls run inside
 * the merge's transaction.
 */
public interface ContactLinkedRows {

    /** What these rows are in the merge's record, e.g. {@code DEAL}. */
    String kind();

    /** Moves every row of contact {@code from} to contact {@code into}; answers the moved rows' ids. */
    List<Long> moveAll(long from, long into);

    /** Moves those of {@code ids} that are still on contact {@code from} to contact {@code to}. */
    void moveBack(Collection<Long> ids, long from, long to);

    /** The contact's rows added after {@code since}, oldest first. */
    List<Long> addedSince(long contactId, Instant since);
}
