package com.leadwire.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.fields.CustomField;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.team.TeamMember;

/**
 * What an action's selects offer: every stage (named with its pipeline), the active reps, the e-mail
 * templates' names, the catalogue's deal fields and the follow-up sequences.
 */
record ActionChoices(List<PipelineView> pipelines, List<TeamMember> reps, List<String> templates, List<CustomField> dealFields,
                     List<SequenceView> sequences) {

    /** Stage ids and "LEAD (autocloud)", in board order. */
    Map<Long, String> stages() {
        Map<Long, String> stages = new LinkedHashMap<>();
        pipelines.forEach(pipeline -> pipeline.stages()
                .forEach(stage -> stages.put(stage.id(), stage.name() + " (" + pipeline.name() + ")")));
        return stages;
    }

    /** Sequence ids and names, by name. */
    Map<Long, String> sequenceNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        sequences.forEach(sequence -> names.put(sequence.id(), sequence.name()));
        return names;
    }
}
