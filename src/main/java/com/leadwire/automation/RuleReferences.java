package com.leadwire.automation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.team.Role;
import com.leadwire.team.Team;

/**
 * What a rule points at that does not exist (any more): stages and pipelines, templates, reps,
 * webhook subscriptions. On save such a rule is refused; a rule whose target is deleted later
 * is broken, shown so and not run.
 */
@Component
class RuleReferences {

    private final Pipelines pipelines;
    private final MailTemplates templates;
    private final Team team;
    private final List<WebhookTargets> webhooks;

    RuleReferences(Pipelines pipelines, MailTemplates templates, Team team, List<WebhookTargets> webhooks) {
        this.pipelines = pipelines;
        this.templates = templates;
        this.team = team;
        this.webhooks = webhooks;
    }

    List<String> problems(RuleDefinition rule) {
        List<String> problems = new ArrayList<>();
        RuleTrigger trigger = rule.trigger();
        if (trigger != null && trigger.stageId() != null) {
            Optional<PipelineView> pipeline = trigger.pipelineId() == null ? Optional.empty() : pipelines.find(trigger.pipelineId());
            if (pipeline.isEmpty()) {
                problems.add("the trigger's pipeline " + trigger.pipelineId() + " does not exist");
            } else if (pipeline.get().stage(trigger.stageId()).isEmpty()) {
                problems.add("the trigger's stage " + trigger.stageId() + " is not in pipeline '" + pipeline.get().name() + "'");
            }
        }
        for (RuleAction action : rule.actions()) {
            switch (action.type()) {
                case MOVE_TO_STAGE -> {
                    if (pipelines.all().stream().noneMatch(p -> p.stage(action.stageId()).isPresent())) {
                        problems.add("the stage " + action.stageId() + " to move to does not exist");
                    }
                }
                case SEND_EMAIL -> {
                    if (!templates.exists(action.template())) {
                        problems.add("the e-mail template '" + action.template() + "' does not exist");
                    }
                }
                case ASSIGN -> {
                    if (action.repId() != null && team.findById(action.repId())
                            .filter(member -> member.active() && member.role() == Role.REP).isEmpty()) {
                        problems.add("the rep " + action.repId() + " does not exist or is not an active rep");
                    }
                }
                case CALL_WEBHOOK -> {
                    if (webhooks.stream().noneMatch(targets -> targets.exists(action.webhookId()))) {
                        problems.add("the webhook " + action.webhookId() + " does not exist");
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }
}
