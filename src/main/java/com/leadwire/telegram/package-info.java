/**
 * Telegram: the prospect conversation bot (flows as source settings, resumable from the
 * database), deal cards with action buttons for linked reps, and the prospect ↔ rep relay.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contacts", "intake", "outbox", "pipeline", "shared", "team"})
package com.leadwire.telegram;
