package com.leadwire.intake;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * A validated event waiting for its writer, and the caller waiting for its commit. An event
 * without a key of its own has a random {@code scopedKey}, which no stored event can have.
 */
record PendingIntake(IntakeEvent event, String scopedKey, Long responsibleUserId, Instant receivedAt,
                     CompletableFuture<IntakeResult> result) {

    boolean mayRepeat() {
        return event.idempotencyKey() != null && !event.idempotencyKey().isBlank();
    }
}
