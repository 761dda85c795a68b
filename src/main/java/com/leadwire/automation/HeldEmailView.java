package com.leadwire.automation;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A rule's marketing e-mail that was held back, for the deal's timeline: HELD until {@code heldUntil}
 * for {@code reason}, then SENT (queued in the outbox) or SKIPPED (automation was off) at {@code finishedAt};
 * {@code zone} is the business time zone the hold was counted in (to show its end in).
 */
public record HeldEmailView(long id, String ruleName, String template, Instant heldAt, Instant heldUntil, HoldReason reason, Status status,
                            Instant finishedAt, ZoneId zone, String summary) {

    public enum Status {
        HELD, SENT, SKIPPED
    }
}
