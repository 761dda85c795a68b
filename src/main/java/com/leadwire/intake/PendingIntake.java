package com.leadwire.intake;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** A validated event waiting for its writer, and the caller waiting for its commit. */
record PendingIntake(IntakeEvent event, String scopedKey, Long responsibleUserId, Instant receivedAt,
                     CompletableFuture<IntakeResult> result) {
}
