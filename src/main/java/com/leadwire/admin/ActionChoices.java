package com.leadwire.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadwire.fields.CustomField;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.team.TeamMember;

/**
 * What an action's selects offer: every stage (named with its pipeline), the active reps, the e-mail
 * templates' names and the catalogue's deal fields.
 */
record ActionChoices(List<PipelineView> pipelines, List<TeamMember> reps, List<String> templates, List<CustomField> dealFields) {

    /** Stage ids and "LEAD (autocloud)", in board order. */
    Map<Long, String> stages() {
        Map<Long, String> stages = new LinkedHashMap<>();
        pipelines.forEach(pipeline -> pipeline.stages()
                .forEach(stage -> stages.put(stage.id(), stage.name() + " (" + pipeline.name() + ")")));
        return stages;
    }
}
