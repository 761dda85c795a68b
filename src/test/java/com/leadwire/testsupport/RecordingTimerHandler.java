package com.leadwire.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerView;

/**
 * The {@link TimerHandler} of every test context (found by the app's component scan, like
 * {@link TestClockConfiguration}, so both shared contexts stay shared). Beside the app's own
 * handlers (the rules engine, task reminders), it runs the work a test set for a rule (which may
 * throw) and records a rule's timer once its transaction has committed: what a test reads is what
 * really fired.
 */
@Component
@Primary
public class RecordingTimerHandler implements TimerHandler {

    private final Map<Long, List<TimerView>> firedByRule = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<TimerView>> workByRule = new ConcurrentHashMap<>();


    /** What firing a timer of the rule does too, in the firing transaction (throw to fail it). */
    public void onFiring(long ruleId, Consumer<TimerView> work) {
        workByRule.put(ruleId, work);
    }

    /** The rule's timers that fired and committed, in firing order. */
    public List<TimerView> firedOf(long ruleId) {
        return List.copyOf(firedByRule.getOrDefault(ruleId, List.of()));
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.IDLE_IN_STAGE || kind == TimerKind.DELAY;
    }

    @Override
    public void fire(TimerView timer) {
        Consumer<TimerView> work = workByRule.get(timer.ruleId());
        if (work != null) {
            work.accept(timer);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                firedByRule.computeIfAbsent(timer.ruleId(), rule -> new CopyOnWriteArrayList<>()).add(timer);
            }
        });
    }
}
