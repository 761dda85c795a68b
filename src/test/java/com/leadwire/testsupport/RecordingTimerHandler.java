package com.leadwire.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerView;

/**
 * The {@link TimerHandler} of every test context (found by the app's component scan, like
 * {@link TestClockConfiguration}, so both shared contexts stay shared). It runs the work a test
 * set for a rule (which may throw), hands each timer on to the app's own handler (the rules
 * engine) if there is one, and records the timer once its transaction has committed: what a
 * test reads is what really fired.
 */
@Component
@Primary
public class RecordingTimerHandler implements TimerHandler {

    private final ObjectProvider<TimerHandler> handlers;
    private final Map<Long, List<TimerView>> firedByRule = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<TimerView>> workByRule = new ConcurrentHashMap<>();

    RecordingTimerHandler(ObjectProvider<TimerHandler> handlers) {
        this.handlers = handlers;
    }

    /** What firing a timer of the rule does too, in the firing transaction (throw to fail it). */
    public void onFiring(long ruleId, Consumer<TimerView> work) {
        workByRule.put(ruleId, work);
    }

    /** The rule's timers that fired and committed, in firing order. */
    public List<TimerView> firedOf(long ruleId) {
        return List.copyOf(firedByRule.getOrDefault(ruleId, List.of()));
    }

    @Override
    public void fire(TimerView timer) {
        Consumer<TimerView> work = workByRule.get(timer.ruleId());
        if (work != null) {
            work.accept(timer);
        }
        handlers.orderedStream().filter(handler -> handler != this).forEach(handler -> handler.fire(timer));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                firedByRule.computeIfAbsent(timer.ruleId(), rule -> new CopyOnWriteArrayList<>()).add(timer);
            }
        });
    }
}
