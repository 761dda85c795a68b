package com.leadwire.automation;

import java.time.Instant;
import java.util.List;

/**
 * One firing of a rule, as the timeline shows it: the trigger and what it was about, the
 * conditions with what they saw, and each action with its outcome.
 */
public record RuleFiring(long id, long ruleId, String ruleName, TriggerType trigger, String origin, Long dealId, Long contactId,
                         Outcome outcome, int depth, List<Condition.Result> conditions, List<ActionOutcome> actions, Instant at) {

    public enum Outcome {
        /** The rule's actions ran (each with its own outcome). */
        FIRED,
        /** Automation was switched off: nothing was sent or changed, and nothing will be later. */
        SKIPPED_AUTOMATION_OFF,
        /** A chain of rules reached the depth limit: this rule's actions did not run. */
        STOPPED_CHAIN_TOO_DEEP
    }

    /** What one action did, or would have done. */
    public record ActionOutcome(RuleAction.Type type, boolean done, String summary) {
    }
}
