package com.leadwire.automation;

import java.util.List;

public record RuleView(long id, String name, boolean active, int position, Trigger trigger, RuleConditions conditions,
                       List<RuleAction> actions) {
}
