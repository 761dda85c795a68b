package com.leadwire.forms;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.shared.CachedSnapshot;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * Fills the selects whose options come from the team ({@code optionsFrom: "team"}) with the
 * active reps' names when a form is shown or submitted. The names are kept for a few seconds: a
 * form submission is on the intake hot path, and a query per submission halved its throughput
 * (bench/README.md); a new rep is offered, and one who left refused, within that time.
 */
@Component
class TeamOptions {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final CachedSnapshot<List<String>> reps;

    TeamOptions(Team team) {
        this.reps = new CachedSnapshot<>(FRESH_FOR, () -> team.reps().stream().map(TeamMember::displayName).distinct().toList());
    }

    FormSettings filled(FormSettings settings) {
        if (settings.fields().stream().noneMatch(field -> field.optionsFrom() == FormSettings.OptionsSource.TEAM)) {
            return settings;
        }
        List<String> names = reps.get();
        return settings.withFields(settings.fields().stream()
                .map(field -> field.optionsFrom() == FormSettings.OptionsSource.TEAM ? field.withOptions(names) : field)
                .toList());
    }
}
