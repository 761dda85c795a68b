package com.leadwire.automation.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.Condition;
import com.leadwire.automation.RuleFiring;
import com.leadwire.automation.RuleFiring.ActionOutcome;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.contacts.ContactCreated;
import com.leadwire.contacts.ContactUnsubscribed;
import com.leadwire.pipeline.DealCreated;
import com.leadwire.pipeline.DealEnteredStage;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.PaymentStatusReceived;
import com.leadwire.pipeline.StageKind;
import com.leadwire.telegram.ProspectMessageReceived;

/**
 * Fires the rules on the domain events, inside the transaction that publishes them (so their
 * messages are outbox rows of the same commit). For each runnable rule whose trigger matches:
 * conditions, then actions, then one firing row; with automation off, the firing is recorded as
 * skipped and nothing runs. A rule's move publishes a new event and so fires rules in turn; such a
 * chain stops at {@value #MAX_DEPTH}. Admins' bulk changes (CSV import, stage deletion) fire nothing.
 */
@Component
class RuleEngine {

    static final int MAX_DEPTH = 5;
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final Rules rules;
    private final AutomationSwitch automation;
    private final FactsSource facts;
    private final ActionRunner actions;
    private final FiringLog firings;
    private final List<RuleEventScheduling> scheduling;
    private final Clock clock;

    RuleEngine(Rules rules, AutomationSwitch automation, FactsSource facts, ActionRunner actions, FiringLog firings,
               List<RuleEventScheduling> scheduling, Clock clock) {
        this.rules = rules;
        this.automation = automation;
        this.facts = facts;
        this.actions = actions;
        this.firings = firings;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @EventListener
    void on(ContactCreated event) {
        if (event.imported()) {
            return;
        }
        run(new RuleEvent(TriggerType.CONTACT_CREATED, "contact-created:" + event.contactId(), null, event.contactId(), null, null, null,
                event.eventId(), "contact " + event.contactId() + " created", clock.instant()), null, null);
    }

    @EventListener
    void on(ContactUnsubscribed event) {
        run(new RuleEvent(TriggerType.CONTACT_UNSUBSCRIBED, "contact-unsubscribed:" + event.contactId(), null, event.contactId(), null,
                null, null, null, "contact " + event.contactId() + " unsubscribed (" + event.actor() + ")", event.at()), null, null);
    }

    @EventListener
    void on(DealCreated event) {
        if (event.imported()) {
            return;
        }
        DealView deal = event.deal();
        Person person = new Person(deal.contactId(), event.contactName(), event.contactEmail(), event.contactLanguage());
        facts.remember(deal, person);
        run(new RuleEvent(TriggerType.DEAL_CREATED, "deal-created:" + deal.id(), deal.id(), deal.contactId(), deal.pipelineId(),
                deal.stageId(), null, event.eventId(), "deal " + deal.id() + " created", deal.createdAt()), deal, person);
    }

    @EventListener
    void on(DealEnteredStage event) {
        if (event.cause().isBulkCorrection()) {
            return;
        }
        // the move's own instant, to the microsecond: a chain may bring a deal back into a stage within one millisecond
        String key = "entered:" + event.dealId() + ":" + event.toStageId() + ":" + event.at();
        String origin = "deal " + event.dealId() + " entered stage " + event.toStageId() + " (" + event.cause().name().toLowerCase() + ")";
        scheduling.forEach(s -> s.entered(event));
        run(new RuleEvent(TriggerType.DEAL_ENTERED_STAGE, key, event.dealId(), null, event.pipelineId(), event.toStageId(), null,
                event.eventId(), origin, event.at()), null, null);
        if (event.toKind() == StageKind.WON || event.toKind() == StageKind.LOST) {
            TriggerType decided = event.toKind() == StageKind.WON ? TriggerType.DEAL_WON : TriggerType.DEAL_LOST;
            run(new RuleEvent(decided, key, event.dealId(), null, event.pipelineId(), event.toStageId(), null, event.eventId(), origin,
                    event.at()), null, null);
        }
    }

    @EventListener
    void on(PaymentStatusReceived event) {
        if (!event.applied()) {
            return;
        }
        run(new RuleEvent(TriggerType.PAYMENT_STATUS, "payment:" + event.dealId() + ":" + event.eventId(), event.dealId(), null, null,
                null, event.status(), event.eventId(), "payment " + event.paymentId() + " " + event.status() + " (" + event.provider() + ")",
                clock.instant()), null, null);
    }

    @EventListener
    void on(ProspectMessageReceived event) {
        run(new RuleEvent(TriggerType.MESSAGE_RECEIVED, "message:" + event.dealMessageId(), event.dealId(), event.contactId(), null,
                null, null, null, "message from the prospect on Telegram", event.receivedAt()), null, null);
    }

    /** A due timer: its rule alone, conditions checked now (the deal may have changed since). */
    void fireTimer(RuleView rule, RuleEvent event) {
        if (rule.enabled() && !rule.broken()) {
            fire(rule, event, facts.of(event, null, null));
        }
    }

    private void run(RuleEvent event, DealView known, Person person) {
        Facts eventFacts = null;
        for (RuleView rule : rules.runnable()) {
            RuleTrigger trigger = rule.trigger();
            if (trigger.type() == TriggerType.DELAY || trigger.type() == TriggerType.DEAL_IDLE_IN_STAGE) {
                if (trigger.startedBy() == event.type() && startedMatches(trigger, event)) {
                    scheduling.forEach(s -> s.started(rule, event));
                }
                continue;
            }
            if (trigger.type() != event.type() || !startedMatches(trigger, event)) {
                continue;
            }
            if (eventFacts == null) {
                eventFacts = facts.of(event, known, person);
            }
            fire(rule, event, eventFacts);
        }
    }

    /** The trigger's own parameters: the stage for stage triggers, the status for payments. */
    private static boolean startedMatches(RuleTrigger trigger, RuleEvent event) {
        if (trigger.stageId() != null && !trigger.stageId().equals(event.stageId())) {
            return false;
        }
        return trigger.status() == null || trigger.status() == event.paymentStatus();
    }

    private void fire(RuleView rule, RuleEvent event, Facts facts) {
        if (firings.firedInThisTransaction(rule.id(), event.key())) {
            return;
        }
        Instant firedAt = clock.instant();
        List<Condition.Result> checked = Conditions.check(rule, facts);
        if (!Conditions.matched(rule, checked)) {
            return;
        }
        int depth = DEPTH.get();
        RuleFiring.Outcome outcome;
        List<ActionOutcome> done;
        if (depth >= MAX_DEPTH) {
            outcome = RuleFiring.Outcome.STOPPED_CHAIN_TOO_DEEP;
            done = List.of();
            log.warn("Rule {} '{}' not run for deal {}: a chain of {} rules is the limit ({})", rule.id(), rule.name(), event.dealId(),
                    MAX_DEPTH, event.origin());
        } else if (!automation.isOn()) {
            outcome = RuleFiring.Outcome.SKIPPED_AUTOMATION_OFF;
            done = actions.run(rule, event, facts, true);
        } else {
            outcome = RuleFiring.Outcome.FIRED;
            DEPTH.set(depth + 1);
            try {
                done = actions.run(rule, event, facts, false);
            } finally {
                DEPTH.set(depth);
            }
        }
        firings.record(new RuleFiring(0, rule.id(), rule.name(), event.type(), event.origin(), event.dealId(),
                Optional.ofNullable(event.contactId()).orElseGet(() -> facts.deal() == null ? null : facts.deal().contactId()), outcome,
                depth, checked, done, firedAt), event.key());
        if (outcome == RuleFiring.Outcome.FIRED && done.stream().noneMatch(ActionOutcome::done)) {
            // a rule that could do nothing (no Telegram bot, nobody linked) is on the timeline; the log is for what happened
            log.debug("Rule {} '{}' fired for deal {} (event {}) and did nothing: {}", rule.id(), rule.name(), event.dealId(),
                    event.eventId(), summary(done));
            return;
        }
        log.info("Rule {} '{}' {} for deal {} (event {}): {}", rule.id(), rule.name(), outcome.name().toLowerCase().replace('_', ' '),
                event.dealId(), event.eventId(), summary(done));
    }

    private static String summary(List<ActionOutcome> done) {
        List<String> parts = new ArrayList<>();
        done.forEach(action -> parts.add(action.summary()));
        return parts.isEmpty() ? "no action" : String.join("; ", parts);
    }
}
