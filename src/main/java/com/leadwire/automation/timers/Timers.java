package com.leadwire.automation.timers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.TransactionBatch;

/**
 * The rules' timers. {@link #schedule} runs on the intake's hot path, many times per batch: the
 * requests of a transaction are collected and written as one JDBC batch just before it commits
 * (as the outbox does). {@link #fireDue} is the polling route's work, see {@link DueTimers}.
 * All times come from the {@link Clock} bean.
 */
@Service
public class Timers {

    private static final Logger log = LoggerFactory.getLogger(Timers.class);
    /**
     * The longest duration a timer may have: far beyond any rule's, and it keeps due times well
     * inside MariaDB's TIMESTAMP range (which ends in January 2038).
     */
    private static final Duration LONGEST = Duration.ofDays(366);

    private final TimerRows rows;
    private final DueTimers due;
    private final Clock clock;
    private final TransactionBatch<TimerRequest> scheduled;

    Timers(TimerRows rows, DueTimers due, Clock clock) {
        this.rows = rows;
        this.due = due;
        this.clock = clock;
        this.scheduled = new TransactionBatch<>(requests -> rows.insert(requests.values(), clock.instant()));
    }

    /** Schedules a timer when the caller's transaction commits; a second request with the same key is ignored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void schedule(TimerRequest request) {
        scheduled.add(request.key(), request);
    }

    /** The deal left the stage: its pending idle timers for that stage are cancelled, also those scheduled in this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelIdle(long dealId, long stageId) {
        int unwritten = removeUnwritten(request -> request.kind() == TimerKind.IDLE_IN_STAGE && request.dealId() == dealId
                && request.stageId() == stageId);
        return unwritten + rows.cancelIdle(dealId, stageId, clock.instant());
    }

    /** The pending timer of that key is cancelled, also if it was scheduled in this transaction; answers whether there was one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cancel(String key) {
        return removeUnwritten(request -> request.key().equals(key)) + rows.cancel(key, clock.instant()) > 0;
    }

    /** The rule was disabled or deleted: its pending timers are cancelled. */
    @Transactional
    public int cancelOfRule(long ruleId) {
        int cancelled = removeUnwritten(request -> Long.valueOf(ruleId).equals(request.ruleId())) + rows.cancelOfRule(ruleId, clock.instant());
        log.info("Timers of rule {}: {} pending cancelled", ruleId, cancelled);
        return cancelled;
    }

    /** The rule's duration changed: each pending timer is due {@code after} its base time. */
    @Transactional
    public int reschedule(long ruleId, Duration after) {
        checkDuration(after);
        scheduled.pendingIfAny().replaceAll((key, request) -> Long.valueOf(ruleId).equals(request.ruleId()) ? request.withAfter(after) : request);
        int rescheduled = rows.reschedule(ruleId, after);
        log.info("Timers of rule {}: {} pending now due {} after their base time", ruleId, rescheduled, after);
        return rescheduled;
    }

    /**
     * An idle rule was enabled: one pending timer per deal now in its stage, counting from the
     * later of the deal's entry and {@code enabledAt}, so enabling never fires at once for every
     * old deal. Deals that already have a pending timer of the rule are skipped. Their keys are
     * {@code idle:rule-<rule>:deal-<deal>:enabled-<enabledAt in epoch ms>}.
     */
    @Transactional
    public int scheduleIdleForDealsInStage(long ruleId, long stageId, Instant enabledAt, Duration after) {
        checkDuration(after);
        int scheduled = rows.insertIdleForDealsInStage(ruleId, stageId, enabledAt, after, clock.instant());
        log.info("Timers of rule {}: {} scheduled for the deals in stage {}, {} after {} or their later entry", ruleId, scheduled, stageId,
                after, enabledAt);
        return scheduled;
    }

    /** The deal's pending rule timers, soonest first. */
    @Transactional(readOnly = true)
    public List<TimerView> pendingOf(long dealId) {
        return rows.pendingOf(dealId).stream().map(ListedTimer::timer).toList();
    }

    /** The deal's pending rule timers with their rules' names, soonest first (the API and the panel); task reminders are the tasks'. */
    @Transactional(readOnly = true)
    public List<ListedTimer> listOf(long dealId) {
        return rows.pendingOf(dealId);
    }

    /** Fires the timers that are due now; answers how many fired. Nothing fires while no {@link TimerHandler} exists. */
    public int fireDue() {
        return due.fire();
    }

    static void checkDuration(Duration after) {
        if (after == null || after.isNegative() || after.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a timer's duration is between 0 and " + LONGEST + ": " + after);
        }
    }

    private int removeUnwritten(Predicate<TimerRequest> which) {
        Map<String, TimerRequest> unwritten = scheduled.pendingIfAny();
        int before = unwritten.size();
        unwritten.values().removeIf(which);
        return before - unwritten.size();
    }
}
