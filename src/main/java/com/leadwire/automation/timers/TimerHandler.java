package com.leadwire.automation.timers;

/**
 * Does what a due timer's rule does (the rules engine). It runs inside the transaction that marks
 * the timer fired: its work and the mark commit together, so a timer fires once. Throwing rolls
 * back its work (and that of the timers claimed with it, which are fired again without it); the
 * timer is tried again later, and after a few attempts it is FAILED.
 */
public interface TimerHandler {

    void fire(TimerView timer);
}
