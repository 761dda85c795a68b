package com.leadwire.automation.engine;

import java.util.ArrayList;
import java.util.List;

import com.leadwire.automation.Condition;
import com.leadwire.automation.RuleView;

/** A rule's conditions against one deal's facts: each with what it saw, then whether the rule matched. */
final class Conditions {

    private Conditions() {
    }

    /** The results of the all-of group first, then the any-of group. */
    static List<Condition.Result> check(RuleView rule, Facts facts) {
        List<Condition.Result> results = new ArrayList<>();
        rule.conditions().all().forEach(condition -> results.add(test(condition, facts)));
        rule.conditions().any().forEach(condition -> results.add(test(condition, facts)));
        return results;
    }

    static boolean matched(RuleView rule, List<Condition.Result> results) {
        int all = rule.conditions().all().size();
        boolean allPassed = results.subList(0, all).stream().allMatch(Condition.Result::passed);
        List<Condition.Result> any = results.subList(all, results.size());
        return allPassed && (any.isEmpty() || any.stream().anyMatch(Condition.Result::passed));
    }

    private static Condition.Result test(Condition condition, Facts facts) {
        Facts.Fact fact = facts.of(condition.field());
        return condition.test(fact.values(), fact.shown());
    }
}
