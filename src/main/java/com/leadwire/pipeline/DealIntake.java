package com.leadwire.pipeline;

import com.leadwire.contacts.ResolvedContact;

/** One event's deal part in a batched intake write, with its contact already resolved. */
public record DealIntake(long eventId, String channel, String sourceKey, ResolvedContact contact, DealRequest request,
                         Long responsibleUserId, String actor) {
}
