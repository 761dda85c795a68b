package com.leadwire.pipeline;

/** The deal an intake event created or moved ({@code created = false}: an existing payment deal). */
public record PlacedDeal(long dealId, boolean created) {
}
