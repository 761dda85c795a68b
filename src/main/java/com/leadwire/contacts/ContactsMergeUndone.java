package com.leadwire.contacts;

/** An admin undid a merge: contacts {@code into} and {@code from} are two again. */
public record ContactsMergeUndone(long mergeId, long into, long from, String actor) {
}
