package com.leadwire.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.leadwire.pipeline.EntryRequirementUnmet.Requirement;

/**
 * Checks a move against the {@link EntryRequirements} of the stage it enters, for the moves of
 * people (API, panel, Telegram buttons) and of rules, which are sales events. It does not check:
 * <ul>
 * <li>a new deal's placement: the source's admin chose that stage for new deals (Feirão's form
 * places evaluations straight into AVALIAÇÃO), and a deal that comes from nowhere could never
 * meet a {@code fromStages};</li>
 * <li>a payment's move: the provider's news is a fact, the pipeline maps it to a stage, and
 * refusing it would leave a paid deal where it was with nobody told;</li>
 * <li>an admin's bulk correction (deleting a stage moves its deals): the admin chose the target
 * for all of them at once.</li>
 * </ul>
 * Only {@code visitedStages} reads the database (the deal's stage history), and only when the
 * stage asks for it; the intake batch's guards never come here.
 */
@Component
class EntryRequirementsCheck {

    private final DealHistoryRows history;

    EntryRequirementsCheck(DealHistoryRows history) {
        this.history = history;
    }

    /** Throws {@link EntryRequirementUnmet} for the first requirement the deal does not meet. */
    void requireMet(long dealId, long fromStageId, Map<String, String> fields, PipelineView pipeline, StageView to) {
        EntryRequirements requirements = to.requirements();
        if (requirements.asksNothing()) {
            return;
        }
        if (!requirements.fromStages().isEmpty() && !requirements.fromStages().contains(fromStageId)) {
            throw new EntryRequirementUnmet(Requirement.FROM_STAGES, to, names(pipeline, requirements.fromStages()));
        }
        List<String> unset = requirements.fields().stream()
                .filter(field -> fields.get(field) == null || fields.get(field).isBlank()).map(field -> "'" + field + "'").toList();
        if (!unset.isEmpty()) {
            throw new EntryRequirementUnmet(Requirement.FIELDS, to, unset);
        }
        if (!requirements.visitedStages().isEmpty()) {
            Set<Long> entered = history.enteredOf(dealId, requirements.visitedStages());
            List<Long> notVisited = requirements.visitedStages().stream().filter(stage -> !entered.contains(stage)).toList();
            if (!notVisited.isEmpty()) {
                throw new EntryRequirementUnmet(Requirement.VISITED_STAGES, to, names(pipeline, notVisited));
            }
        }
    }

    private static List<String> names(PipelineView pipeline, List<Long> stageIds) {
        return stageIds.stream().map(id -> pipeline.stage(id).map(StageView::name).orElse("stage " + id)).toList();
    }
}
