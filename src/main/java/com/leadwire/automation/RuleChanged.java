package com.leadwire.automation;

/**
 * A rule was created ({@code before} null), changed, or deleted ({@code after} null), published
 * in the transaction of the change: its timers follow it.
 */
public record RuleChanged(RuleView before, RuleView after) {
}
