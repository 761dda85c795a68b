package com.leadwire.contacts;

/** An admin merged contact {@code from} into contact {@code into}; {@code from} is retired (kept, so the merge can be undone). */
public record ContactsMerged(long mergeId, long into, long from, String actor) {
}
