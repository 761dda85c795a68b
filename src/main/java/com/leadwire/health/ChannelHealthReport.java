package com.leadwire.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Every channel's verdict at {@code checkedAt}; {@code state} is the worst of them (OFF counts as OK). */
public record ChannelHealthReport(Instant checkedAt, HealthState state, Telegram telegram, List<Payment> payments,
                                  List<Webhook> webhooks, Outbox outbox) {

    /** The bot as this node sees it. */
    public record Telegram(HealthState state, HealthProblem problem, String advice, boolean configured, String mode,
                           boolean polling, Instant lastPollAt, Instant lastUpdateAt, int failuresSinceSuccess, String lastError) {
    }

    /** A payment source: can its callbacks pass, and how many were refused for their signature (last when). */
    public record Payment(HealthState state, HealthProblem problem, String advice, String provider, String sourceKey,
                          boolean active, boolean signingSecretConfigured, long rejectedSignatures, Instant lastRejectedAt) {
    }

    /** An outbound webhook subscription's delivery trouble. */
    public record Webhook(HealthState state, HealthProblem problem, String advice, long subscriptionId, String name, String url,
                          boolean active, long dead, long failing, Instant lastFailureAt) {
    }

    /** What waits in the outbox. */
    public record Outbox(HealthState state, HealthProblem problem, String advice, long pending, long failing,
                         Instant oldestPendingAt, Duration oldestPendingAge, long dead) {
    }

    static HealthState worst(Telegram telegram, List<Payment> payments, List<Webhook> webhooks, Outbox outbox) {
        boolean warning = Stream.concat(Stream.concat(Stream.of(telegram.state(), outbox.state()), payments.stream().map(Payment::state)),
                webhooks.stream().map(Webhook::state)).anyMatch(HealthState.WARNING::equals);
        return warning ? HealthState.WARNING : HealthState.OK;
    }
}
