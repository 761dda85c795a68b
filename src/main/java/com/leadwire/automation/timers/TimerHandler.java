package com.leadwire.automation.timers;

/**
 * Does what a due timer of its kinds does: the rules engine fires a rule, the tasks module reminds a
 * task's owner. It runs inside the transaction that marks
 * the timer fired: its work and the mark commit together, so a timer fires once. Throwing rolls
 * back its work (and that of the timers claimed with it, which are fired again without it); the
 * timer is tried again later, and after a few attempts it is FAILED. So it does nothing outside
 * that transaction (messages are outbox rows, later timers go through {@link Timers#schedule}):
 * a round can be rolled back and run again. A timer whose rule is gone or disabled is simply
 * ignored. With no handler bean, no timer fires (they wait).
 */
public interface TimerHandler {

    /** Whether this handler acts on timers of the kind (each timer goes to every handler of its kind). */
    boolean handles(TimerKind kind);

    void fire(TimerView timer);
}
