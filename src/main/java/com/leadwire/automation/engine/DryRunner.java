package com.leadwire.automation.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leadwire.automation.Condition;
import com.leadwire.automation.DryRunReport;
import com.leadwire.automation.DryRunRequest;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleFiring.ActionOutcome;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.contacts.ContactView;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageKind;
import com.leadwire.pipeline.StageView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;

/**
 * Answers a dry-run with the engine's own condition checks and actions, run in "say, do not do"
 * mode: nothing is changed, queued or recorded.
 */
@Component
public class DryRunner {

    private final Rules rules;
    private final Deals deals;
    private final Pipelines pipelines;
    private final Sources sources;
    private final Team team;
    private final FactsSource factsSource;
    private final ActionRunner actions;
    private final Clock clock;

    DryRunner(Rules rules, Deals deals, Pipelines pipelines, Sources sources, Team team, FactsSource factsSource, ActionRunner actions,
              Clock clock) {
        this.rules = rules;
        this.deals = deals;
        this.pipelines = pipelines;
        this.sources = sources;
        this.team = team;
        this.factsSource = factsSource;
        this.actions = actions;
        this.clock = clock;
    }

    public DryRunReport run(DryRunRequest request) {
        Facts facts = facts(request);
        List<RuleView> candidates = new ArrayList<>();
        if (request.rule() != null) {
            RuleDefinition rule = request.rule();
            candidates.add(new RuleView(0, rule.name(), rule.description(), rule.isEnabled(), rule.trigger(), rule.conditions(),
                    rule.actions(), rules.problemsOf(rule), null, null, null));
        }
        candidates.addAll(rules.all());
        List<DryRunReport.RuleReport> reports = new ArrayList<>();
        for (RuleView rule : candidates) {
            reports.add(report(rule, request.trigger(), facts, request.rule() != null && rule.id() == 0));
        }
        return new DryRunReport(reports);
    }

    private DryRunReport.RuleReport report(RuleView rule, TriggerType asked, Facts facts, boolean unsaved) {
        RuleTrigger trigger = rule.trigger();
        if (trigger == null) {
            return new DryRunReport.RuleReport(rule.id(), rule.name(), rule.enabled(), rule.problems(), false, "(cannot be read)", false,
                    List.of(), List.of(), false);
        }
        String why = triggerFit(trigger, asked, facts.deal());
        boolean triggerMatches = why == null;
        List<Condition.Result> conditions = Conditions.check(rule, facts);
        boolean conditionsMatch = Conditions.matched(rule, conditions);
        List<ActionOutcome> outcomes = List.of();
        if (triggerMatches && conditionsMatch && !rule.broken()) {
            RuleEvent event = new RuleEvent(asked != null ? asked : trigger.type(), "dry-run", facts.deal() == null ? null
                    : facts.deal().id(), facts.person().map(Person::contactId).orElse(null), null, null, null, null, "dry-run",
                    clock.instant());
            outcomes = actions.run(rule, event, facts, true);
        }
        return new DryRunReport.RuleReport(unsaved ? null : rule.id(), rule.name(), rule.enabled(), rule.problems(), triggerMatches,
                triggerMatches ? describe(trigger) : why, conditionsMatch, conditions, outcomes,
                rule.enabled() && !rule.broken() && triggerMatches && conditionsMatch);
    }

    /** Null when the trigger fits the asked trigger (or, with none asked, the deal as it is now); else why not. */
    private static String triggerFit(RuleTrigger trigger, TriggerType asked, DealView deal) {
        // a new deal also enters the stage it is placed in: the engine fires that stage's rules on creation too
        boolean placedInStage = asked == TriggerType.DEAL_CREATED && trigger.startedBy() == TriggerType.DEAL_ENTERED_STAGE;
        if (asked != null && trigger.type() != asked && trigger.startedBy() != asked && !placedInStage) {
            return "fires on " + trigger.type() + ", not on " + asked;
        }
        if (trigger.stageId() != null && (deal == null || deal.stageId() != trigger.stageId())) {
            return "fires in stage " + trigger.stageId() + "; the deal is in " + (deal == null ? "none" : deal.stageName());
        }
        if (asked == null && (trigger.type() == TriggerType.DEAL_WON || trigger.type() == TriggerType.DEAL_LOST)
                && (deal == null || deal.stageKind() != (trigger.type() == TriggerType.DEAL_WON ? StageKind.WON : StageKind.LOST))) {
            return "fires when a deal is " + (trigger.type() == TriggerType.DEAL_WON ? "won" : "lost") + "; the deal is in "
                    + (deal == null ? "none" : deal.stageName());
        }
        if (trigger.status() != null && asked == null && (deal == null || deal.paymentStatus() != trigger.status())) {
            return "fires on payment status " + trigger.status() + "; the deal's is " + (deal == null ? "none" : deal.paymentStatus());
        }
        return null;
    }

    private static String describe(RuleTrigger trigger) {
        return trigger.type() + (trigger.after() == null ? "" : " after " + trigger.after())
                + (trigger.of() == null ? "" : " of " + trigger.of());
    }

    private Facts facts(DryRunRequest request) {
        if (request.dealId() != null) {
            DealView deal = deals.find(request.dealId()).orElseThrow(() -> new NotFoundException("no deal " + request.dealId()));
            return factsSource.of(new RuleEvent(TriggerType.DEAL_CREATED, "dry-run", deal.id(), deal.contactId(), null, null, null, null,
                    "dry-run", clock.instant()), deal, null);
        }
        if (request.trigger() == null) {
            throw new InvalidInputException("trigger", "a dry-run takes a dealId, or a trigger with a sample deal and contact");
        }
        DealView deal = request.deal() == null ? null : sampleDeal(request.deal());
        ContactView contact = sampleContact(request.contact());
        Person person = contact == null ? null : new Person(null, contact.name(), contact.primaryEmail(), contact.language());
        return new Facts(deal, person, () -> Optional.ofNullable(contact),
                () -> Optional.ofNullable(request.deal()).map(DryRunRequest.SampleDeal::source).flatMap(sources::findByKey),
                () -> Optional.ofNullable(request.deal()).map(DryRunRequest.SampleDeal::responsibleId).flatMap(team::findById));
    }

    private DealView sampleDeal(DryRunRequest.SampleDeal sample) {
        PipelineView pipeline = sample.pipelineId() != null
                ? pipelines.find(sample.pipelineId()).orElseThrow(() -> new InvalidInputException("deal.pipelineId",
                        "no pipeline " + sample.pipelineId()))
                : pipelines.all().stream().findFirst().orElseThrow(() -> new InvalidInputException("deal.pipelineId", "there is no pipeline"));
        StageView stage = sample.stageId() != null
                ? pipeline.stage(sample.stageId()).orElseThrow(() -> new InvalidInputException("deal.stageId",
                        "stage " + sample.stageId() + " is not in pipeline '" + pipeline.name() + "'"))
                : pipeline.stages().get(0);
        Instant now = clock.instant();
        return new DealView(0, sample.title() == null ? "sample deal" : sample.title(), sample.value(), null, 0, pipeline.id(),
                pipeline.name(), stage.id(), stage.name(), stage.kind(), sample.responsibleId(), null, sample.source(), sample.products(),
                sample.fields(), null, null, null, now, now);
    }

    private static ContactView sampleContact(DryRunRequest.SampleContact sample) {
        if (sample == null) {
            return null;
        }
        Instant now = Instant.EPOCH;
        return new ContactView(0, sample.email(), sample.email() == null ? List.of() : List.of(sample.email()), sample.name(), null,
                sample.country(), sample.language(), Map.of(), false, null, null, false, null, now, now, null, null);
    }
}
