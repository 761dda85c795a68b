package com.leadwire.automation.timers;

/** A deal's pending timer as people read it: with the name of its rule (null once the rule is deleted). */
public record ListedTimer(TimerView timer, String ruleName) {
}
