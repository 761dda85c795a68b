package com.leadwire.automation;

import java.time.Instant;
import java.util.List;

/**
 * A stored rule. {@code problems} names what it points at that is gone (a deleted stage,
 * template, rep or webhook): such a rule is broken, shown so, and not run until it is mended.
 * A rule whose stored form cannot be read is broken too, with no trigger and no actions.
 */
public record RuleView(long id, String name, String description, boolean enabled, RuleTrigger trigger, RuleConditions conditions,
                       List<RuleAction> actions, List<String> problems, Instant createdAt, Instant updatedAt, Instant enabledAt) {

    public boolean broken() {
        return !problems.isEmpty();
    }

    public RuleDefinition definition() {
        return new RuleDefinition(name, description, enabled, trigger, conditions, actions);
    }
}
