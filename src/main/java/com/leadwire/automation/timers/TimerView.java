package com.leadwire.automation.timers;

import java.time.Instant;

/** A stored timer; {@code status} is PENDING, FIRED, CANCELLED or FAILED. */
public record TimerView(long id, long ruleId, long dealId, Long contactId, TimerKind kind, Long stageId, Instant baseAt, Instant dueAt,
                        String origin, String key, String status) {
}
