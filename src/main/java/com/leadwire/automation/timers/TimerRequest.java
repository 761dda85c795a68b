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
public record TimerRequest(Long ruleId, long dealId, Long contactId, TimerKind kind, Long stageId, Instant baseAt, Duration after,
                           String origin, String key, Long taskId) {

    static final int MAX_KEY_LENGTH = 300;
    static final int MAX_ORIGIN_LENGTH = 300;

    public TimerRequest {
        if (kind == null || baseAt == null || after == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a timer needs a kind, a base time, a duration and a key: " + key);
        }
        boolean rightOwner = switch (kind) {
            case TASK_DUE -> taskId != null && ruleId == null;
            case SEQUENCE_STEP, HELD_EMAIL, ABANDONED_CHECKOUT, LEAD_TEST_CHECK -> taskId == null && ruleId == null;
            case IDLE_IN_STAGE, DELAY -> ruleId != null && taskId == null;
        };
        if (!rightOwner) {
            throw new IllegalArgumentException("a task's timer has a task and no rule, a rule's timer a rule and no task, a sequence's "
                    + "neither: " + key);
        }
        if (kind == TimerKind.IDLE_IN_STAGE && stageId == null) {
            throw new IllegalArgumentException("an idle timer needs its stage: " + key);
        }
        Timers.checkDuration(after);
        if (key.length() > MAX_KEY_LENGTH || (origin != null && origin.length() > MAX_ORIGIN_LENGTH)) {
            throw new IllegalArgumentException("a timer's key and origin have at most 300 characters: " + key);
        }
    }

    /** A rule's timer. */
    public TimerRequest(long ruleId, long dealId, Long contactId, TimerKind kind, Long stageId, Instant baseAt, Duration after, String origin,
                        String key) {
        this(ruleId, dealId, contactId, kind, stageId, baseAt, after, origin, key, null);
    }

    /** The reminder of a task, due when the task is; its key names the task and that due time, so a new due time is a new timer. */
    public static TimerRequest taskDue(long taskId, long dealId, Instant dueAt) {
        return new TimerRequest(null, dealId, null, TimerKind.TASK_DUE, null, dueAt, Duration.ZERO, "task " + taskId + " due",
                "task:" + taskId + ":due-" + dueAt.toEpochMilli(), taskId);
    }

    /** A follow-up sequence's next e-mail, due {@code after} {@code baseAt}; its key names the follow-up and the step. */
    public static TimerRequest sequenceStep(long dealId, long contactId, Instant baseAt, Duration after, String origin, String key) {
        return new TimerRequest(null, dealId, contactId, TimerKind.SEQUENCE_STEP, null, baseAt, after, origin, key, null);
    }

    /** A held e-mail to send at {@code until}; its key names the e-mail and that time, so holding it again is a new timer. */
    public static TimerRequest heldEmail(long dealId, long contactId, Instant now, Instant until, String origin, String key) {
        return new TimerRequest(null, dealId, contactId, TimerKind.HELD_EMAIL, null, now, Duration.between(now, until), origin, key, null);
    }

    /** A checkout deal's wait for its payment, ending {@code after} {@code baseAt}; its key names the lead group and the deal. */
    public static TimerRequest abandonedCheckout(long dealId, long contactId, Instant baseAt, Duration after, String origin, String key) {
        return new TimerRequest(null, dealId, contactId, TimerKind.ABANDONED_CHECKOUT, null, baseAt, after, origin, key, null);
    }

    /** A check of a lead group's A/B test, due at {@code dueAt}; it concerns no deal (deal id 0). */
    public static TimerRequest leadTestCheck(Instant dueAt, String origin, String key) {
        return new TimerRequest(null, 0, null, TimerKind.LEAD_TEST_CHECK, null, dueAt, Duration.ZERO, origin, key, null);
    }

    public Instant dueAt() {
        return baseAt.plus(after);
    }

    TimerRequest withAfter(Duration changed) {
        return new TimerRequest(ruleId, dealId, contactId, kind, stageId, baseAt, changed, origin, key, taskId);
    }
}
