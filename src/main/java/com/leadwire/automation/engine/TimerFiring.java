package com.leadwire.automation.engine;

import org.springframework.stereotype.Component;

import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerView;
import com.leadwire.pipeline.Deals;

/**
 * A due timer fires its rule, in the transaction that marks it fired: the rule as it is now (a
 * disabled or deleted one does nothing), conditions checked now. An idle timer whose deal has
 * left the stage meanwhile does nothing (its cancel may not have reached it yet).
 */
@Component
class TimerFiring implements TimerHandler {

    private final Rules rules;
    private final Deals deals;
    private final RuleEngine engine;

    TimerFiring(Rules rules, Deals deals, RuleEngine engine) {
        this.rules = rules;
        this.deals = deals;
        this.engine = engine;
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.IDLE_IN_STAGE || kind == TimerKind.DELAY;
    }

    @Override
    public void fire(TimerView timer) {
        rules.find(timer.ruleId()).ifPresent(rule -> {
            if (timer.kind() == TimerKind.IDLE_IN_STAGE && deals.find(timer.dealId())
                    .filter(deal -> timer.stageId() != null && deal.stageId() == timer.stageId()).isEmpty()) {
                return;
            }
            String origin = timer.kind() == TimerKind.IDLE_IN_STAGE
                    ? "idle in stage " + timer.stageId() + " for " + rule.trigger().after() + " (" + timer.origin() + ")"
                    : rule.trigger().after() + " after " + timer.origin();
            TriggerType type = timer.kind() == TimerKind.IDLE_IN_STAGE ? TriggerType.DEAL_IDLE_IN_STAGE : TriggerType.DELAY;
            engine.fireTimer(rule, new RuleEvent(type, "timer:" + timer.id(), timer.dealId(), timer.contactId(), null, timer.stageId(), null,
                    null, origin, timer.dueAt()));
        });
    }
}
