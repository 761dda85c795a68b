package com.leadwire.automation.timers;

import java.time.Duration;
import java.time.Instant;

/**
 * A timer to schedule: due at {@code baseAt + after}. The engine names it with {@code key}
 * (e.g. {@code idle:rule-3:deal-9:entered-1712345678901}); a key already scheduled is ignored,
 * whatever became of that timer, so a replayed event schedules nothing twice.
 *
 * @param stageId the stage an idle timer watches (required for {@link TimerKind#IDLE_IN_STAGE})
 * @param origin  what scheduled it, for people reading the timer (an event, "rule enabled" …)
 */
public record TimerRequest(long ruleId, long dealId, Long contactId, TimerKind kind, Long stageId, Instant baseAt, Duration after,
                           String origin, String key) {

    static final int MAX_KEY_LENGTH = 300;
    static final int MAX_ORIGIN_LENGTH = 300;

    public TimerRequest {
        if (kind == null || baseAt == null || after == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a timer needs a kind, a base time, a duration and a key: " + key);
        }
        if (kind == TimerKind.IDLE_IN_STAGE && stageId == null) {
            throw new IllegalArgumentException("an idle timer needs its stage: " + key);
        }
        Timers.checkDuration(after);
        if (key.length() > MAX_KEY_LENGTH || (origin != null && origin.length() > MAX_ORIGIN_LENGTH)) {
            throw new IllegalArgumentException("a timer's key and origin have at most 300 characters: " + key);
        }
    }

    public Instant dueAt() {
        return baseAt.plus(after);
    }

    TimerRequest withAfter(Duration changed) {
        return new TimerRequest(ruleId, dealId, contactId, kind, stageId, baseAt, changed, origin, key);
    }
}
