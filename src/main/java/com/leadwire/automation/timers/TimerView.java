package com.leadwire.automation.timers;

import java.time.Instant;

/**
 * A stored timer; {@code status} is PENDING, FIRED, CANCELLED or FAILED. A rule's timer has a
 * {@code ruleId}, a {@link TimerKind#TASK_DUE} timer a {@code taskId} instead.
 */
public record TimerView(long id, Long ruleId, long dealId, Long contactId, TimerKind kind, Long stageId, Instant baseAt, Instant dueAt,
                        String origin, String key, String status, Long taskId) {
}
