package com.leadwire.automation;

import java.util.List;

/** When a rule applies: every condition of {@code all}, and one of {@code any} unless it is empty. */
public record RuleConditions(List<Condition> all, List<Condition> any) {

    public static final RuleConditions ALWAYS = new RuleConditions(List.of(), List.of());

    public RuleConditions {
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
    }

    void check() {
        for (int i = 0; i < all.size(); i++) {
            all.get(i).check("conditions.all[" + i + "]");
        }
        for (int i = 0; i < any.size(); i++) {
            any.get(i).check("conditions.any[" + i + "]");
        }
    }
}
