/**
 * Telegram: the prospect conversation bot (flows as source settings, resumable from the
 * database), deal cards with action buttons for linked reps, and the prospect ↔ rep relay.
 */
package com.leadwire.telegram;
