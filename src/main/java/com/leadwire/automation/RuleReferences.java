package com.leadwire.automation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.Sequences;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.team.Role;
import com.leadwire.team.Team;

/**
 * What a rule points at that does not exist (any more): stages and pipelines, templates, reps,
 * webhook subscriptions, follow-up sequences, and a value to set that its custom field does not take. On save such a
 * rule is refused; a rule whose target is deleted (or whose field changes type) later is broken,
 * shown so and not run.
 */
@Component
class RuleReferences {

    private final Pipelines pipelines;
    private final MailTemplates templates;
    private final Team team;
    private final List<WebhookTargets> webhooks;
    private final CustomFields fields;
    private final Sequences sequences;

    RuleReferences(Pipelines pipelines, MailTemplates templates, Team team, List<WebhookTargets> webhooks, CustomFields fields,
                   Sequences sequences) {
        this.sequences = sequences;
        this.pipelines = pipelines;
        this.templates = templates;
        this.team = team;
        this.webhooks = webhooks;
        this.fields = fields;
    }

    /** What is gone, in words (a stored rule's problems). */
    List<String> problems(RuleDefinition rule) {
        return missing(rule).stream().map(Missing::problem).toList();
    }

    /** What is gone, each with the part of the rule that names it ({@code trigger.stageId}, {@code actions[1].template}). */
    List<Missing> missing(RuleDefinition rule) {
        List<Missing> missing = new ArrayList<>();
        RuleTrigger trigger = rule.trigger();
        if (trigger != null && trigger.stageId() != null) {
            Optional<PipelineView> pipeline = trigger.pipelineId() == null ? Optional.empty() : pipelines.find(trigger.pipelineId());
            if (pipeline.isEmpty()) {
                missing.add(new Missing("trigger.pipelineId", "the trigger's pipeline " + trigger.pipelineId() + " does not exist"));
            } else if (pipeline.get().stage(trigger.stageId()).isEmpty()) {
                missing.add(new Missing("trigger.stageId", "the trigger's stage " + trigger.stageId() + " is not in pipeline '"
                        + pipeline.get().name() + "'"));
            }
        }
        for (int i = 0; i < rule.actions().size(); i++) {
            RuleAction action = rule.actions().get(i);
            String part = "actions[" + i + "].";
            switch (action.type()) {
                case MOVE_TO_STAGE -> {
                    Optional<PipelineView> owner = pipelines.all().stream().filter(p -> p.stage(action.stageId()).isPresent()).findFirst();
                    Optional<PipelineView> triggers = trigger == null || trigger.pipelineId() == null ? Optional.empty()
                            : pipelines.find(trigger.pipelineId());
                    if (owner.isEmpty()) {
                        missing.add(new Missing(part + "stageId", "the stage " + action.stageId() + " to move to does not exist"));
                    } else if (triggers.isPresent() && triggers.get().id() != owner.get().id()) {
                        // a deal moves only within its pipeline: such a move would be refused at every firing
                        missing.add(new Missing(part + "stageId", "the stage " + action.stageId() + " to move to is in pipeline '"
                                + owner.get().name() + "', not in the trigger's '" + triggers.get().name() + "'"));
                    }
                }
                case SEND_EMAIL -> {
                    if (!templates.exists(action.template())) {
                        missing.add(new Missing(part + "template", "the e-mail template '" + action.template() + "' does not exist"));
                    }
                }
                case ASSIGN -> {
                    if (action.repId() != null && team.findById(action.repId())
                            .filter(member -> member.active() && member.role() == Role.REP).isEmpty()) {
                        missing.add(new Missing(part + "repId", "the rep " + action.repId() + " does not exist or is not an active rep"));
                    }
                }
                case CALL_WEBHOOK -> {
                    if (webhooks.stream().noneMatch(targets -> targets.exists(action.webhookId()))) {
                        missing.add(new Missing(part + "webhookId", "the webhook " + action.webhookId() + " does not exist"));
                    }
                }
                case SET_FIELD -> {
                    try {
                        fields.check(FieldScope.DEAL, action.field(), action.value());
                    } catch (InvalidInputException doesNotFit) {
                        missing.add(new Missing(part + "value", "the value to set does not fit the deal field: " + doesNotFit.getMessage()));
                    }
                }
                case START_SEQUENCE, STOP_SEQUENCE -> {
                    if (action.sequenceId() != null && !sequences.exists(action.sequenceId())) {
                        missing.add(new Missing(part + "sequenceId", "the follow-up sequence " + action.sequenceId() + " does not exist"));
                    }
                }
                default -> {
                }
            }
        }
        return missing;
    }

    /** One thing a rule points at that does not exist: the part of the rule, and the problem in words. */
    record Missing(String part, String problem) {
    }
}
