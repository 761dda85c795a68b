package com.leadwire.automation;

import java.util.List;

/** A rule as an admin or an integrator writes it (the JSON of {@code /api/v1/rules}). */
public record RuleDefinition(String name, String description, Boolean enabled, RuleTrigger trigger, RuleConditions conditions,
                             List<RuleAction> actions) {

    public RuleDefinition {
        conditions = conditions == null ? RuleConditions.ALWAYS : conditions;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
