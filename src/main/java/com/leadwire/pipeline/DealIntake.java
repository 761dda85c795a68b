package com.leadwire.pipeline;

import com.leadwire.contacts.ResolvedContact;

/**
 * One event's deal part in a batched intake write, with its contact already resolved.
 * {@code imported}: a row of a CSV import, an admin's bulk change rather than a sales event.
 */
public record DealIntake(long eventId, String sourceKey, ResolvedContact contact, DealRequest request,
                         Long responsibleUserId, String actor, boolean imported) {
}
