package com.leadwire.forms;

import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * Fills the selects whose options come from the team ({@code optionsFrom: "team"}) with the
 * active reps' names, each time a form is shown or submitted: a new rep is offered at once, and
 * one who left is no longer accepted.
 */
@Component
class TeamOptions {

    private final Team team;

    TeamOptions(Team team) {
        this.team = team;
    }

    FormSettings filled(FormSettings settings) {
        if (settings.fields().stream().noneMatch(field -> field.optionsFrom() == FormSettings.OptionsSource.TEAM)) {
            return settings;
        }
        List<String> reps = team.reps().stream().map(TeamMember::displayName).distinct().toList();
        return settings.withFields(settings.fields().stream()
                .map(field -> field.optionsFrom() == FormSettings.OptionsSource.TEAM ? field.withOptions(reps) : field)
                .toList());
    }
}
