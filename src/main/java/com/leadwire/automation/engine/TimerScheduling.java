package com.leadwire.automation.engine;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.automation.RuleChanged;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.Timers;
import com.leadwire.pipeline.DealEnteredStage;

/**
 * Keeps the timers in step with deals and rules. A deal entering a stage that an idle rule
 * watches gets a timer counting from the later of its entry and the rule's enabling; a delay
 * rule's trigger starts its timer; a deal leaving a stage loses that stage's idle timers. A rule
 * enabled (or moved to another stage) gets timers for the deals already there, counting from now;
 * a changed {@code after} re-schedules, disabling or deleting cancels.
 */
@Component
class TimerScheduling implements RuleEventScheduling {

    private final Timers timers;

    TimerScheduling(Timers timers) {
        this.timers = timers;
    }

    @Override
    public void started(RuleView rule, RuleEvent event) {
        if (event.dealId() == null) {
            return;
        }
        RuleTrigger trigger = rule.trigger();
        if (trigger.type() == TriggerType.DEAL_IDLE_IN_STAGE) {
            Instant base = rule.enabledAt() != null && rule.enabledAt().isAfter(event.at()) ? rule.enabledAt() : event.at();
            timers.schedule(new TimerRequest(rule.id(), event.dealId(), event.contactId(), TimerKind.IDLE_IN_STAGE, event.stageId(), base,
                    trigger.afterDuration(), "in stage since " + event.at(),
                    "idle:rule-" + rule.id() + ":deal-" + event.dealId() + ":entered-" + event.at().toEpochMilli()));
        } else {
            timers.schedule(new TimerRequest(rule.id(), event.dealId(), event.contactId(), TimerKind.DELAY, event.stageId(), event.at(),
                    trigger.afterDuration(), event.origin(), "delay:rule-" + rule.id() + ":" + event.key()));
        }
    }

    @Override
    public void entered(DealEnteredStage event) {
        if (event.fromStageId() != null) {
            timers.cancelIdle(event.dealId(), event.fromStageId());
        }
    }

    @EventListener
    void on(RuleChanged change) {
        RuleView before = change.before();
        RuleView after = change.after();
        boolean wasTimed = timed(before);
        boolean isTimed = timed(after);
        if (wasTimed && (!isTimed || !sameStart(before.trigger(), after.trigger()))) {
            timers.cancelOfRule(before.id());
            wasTimed = false;
        }
        if (isTimed && !wasTimed) {
            if (after.trigger().type() == TriggerType.DEAL_IDLE_IN_STAGE) {
                timers.scheduleIdleForDealsInStage(after.id(), after.trigger().stageId(), after.enabledAt(), after.trigger().afterDuration());
            }
        } else if (isTimed && !before.trigger().after().equals(after.trigger().after())) {
            timers.reschedule(after.id(), after.trigger().afterDuration());
        }
    }

    private static boolean timed(RuleView rule) {
        return rule != null && rule.enabled() && (rule.trigger().type() == TriggerType.DEAL_IDLE_IN_STAGE
                || rule.trigger().type() == TriggerType.DELAY);
    }

    /** Whether the timers of the old trigger still mean the same thing (same type, stage, followed trigger). */
    private static boolean sameStart(RuleTrigger before, RuleTrigger after) {
        return before.type() == after.type() && java.util.Objects.equals(before.stageId(), after.stageId())
                && before.of() == after.of() && before.status() == after.status();
    }
}
