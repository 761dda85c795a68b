package com.leadwire.testsupport;

import java.util.List;

import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.automation.Condition;
import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.TriggerType;

/** Rules tests make often. */
public final class TestRules {

    private TestRules() {
    }

    /** On a new deal from {@code source}, e-mail {@code template} to {@code to}. */
    public static RuleDefinition emailOnNewDealFrom(String name, String source, String template, String... to) {
        return new RuleDefinition(name, null, true, RuleTrigger.of(TriggerType.DEAL_CREATED),
                new RuleConditions(List.of(sourceIs(source)), List.of()), List.of(RuleAction.email(template, List.of(to), List.of())));
    }

    public static Condition sourceIs(String source) {
        return new Condition("source", Condition.Op.EQUALS, TextNode.valueOf(source));
    }
}
