package com.leadwire.automation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A rule as an admin or an integrator writes it (the JSON of {@code /api/v1/rules}). */
public record RuleDefinition(String name, String description, Boolean enabled, RuleTrigger trigger, RuleConditions conditions,
                             List<RuleAction> actions) {

    public RuleDefinition {
        conditions = conditions == null ? RuleConditions.ALWAYS : conditions;
        // not List.copyOf: a null action must reach the check, which names it, rather than fail the JSON reading
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
    }

    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
