package com.leadwire.automation;

import java.util.List;

/** For every rule: would it fire, each condition with its actual value, and the actions it would run. */
public record DryRunReport(List<RuleReport> rules) {

    /**
     * One rule's answer. {@code ruleId} is null for the unsaved rule of the request;
     * {@code wouldFire}: enabled, not broken, its trigger fits and its conditions match.
     */
    public record RuleReport(Long ruleId, String name, boolean enabled, List<String> problems, boolean triggerMatches,
                             String trigger, boolean conditionsMatch, List<Condition.Result> conditions,
                             List<RuleFiring.ActionOutcome> actions, boolean wouldFire) {
    }
}
