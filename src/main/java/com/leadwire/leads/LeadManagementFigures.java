package com.leadwire.leads;

import java.util.List;

import com.leadwire.pipeline.PipelineStatistics.Amount;

/**
 * The lead-management figures of a period (see {@link LeadFigures}): per lead group, and in total.
 *
 * @param groups every lead group, the highest priority first, then groups deleted since they sent something
 */
public record LeadManagementFigures(List<GroupFigures> groups, GroupFigures total) {

    /** The follow-up e-mails a sequence can hold: the figures always name steps 1 to 3. */
    public static final int STEPS = 3;

    /** Whether nothing happened in the period: no follow-up e-mail sent and no lead converted after one. */
    public boolean isEmpty() {
        return total.targetedLeads() == 0 && total.steps().stream().allMatch(step -> step.emailsSent() == 0 && step.value().isEmpty());
    }

    /**
     * One group's figures ({@code groupId} and {@code name} null: all groups).
     *
     * @param deleted the group was deleted since (its name is then null)
     * @param targetedLeads leads whose first follow-up e-mail was sent in the period
     * @param convertedLeads those of them who bought after a follow-up e-mail (until now)
     * @param conversion convertedLeads / targetedLeads; null when none was targeted
     * @param steps steps 1 to {@value #STEPS}
     * @param value the revenue of the conversions of the period after a follow-up e-mail, per currency
     */
    public record GroupFigures(Long groupId, String name, boolean deleted, long targetedLeads, long convertedLeads, Double conversion,
                               List<StepFigures> steps, List<Amount> value) {
    }

    /**
     * One step of the follow-ups.
     *
     * @param emailsSent the step's e-mails sent that fell due in the period
     * @param value the revenue of the period's conversions whose last follow-up e-mail before buying was this step's, per currency
     */
    public record StepFigures(int step, long emailsSent, List<Amount> value) {
    }
}
