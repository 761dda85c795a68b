package com.leadwire.forms;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.shared.CachedSnapshot;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * Fills the selects whose options come from the team ({@code optionsFrom: "team"}) with the
 * active reps' names. A submission is on the intake hot path (a query per submission cost a
 * third of its throughput, bench/README.md), so it reads names kept for a few seconds, and reads
 * them again only when a submitted name is not among them (a rep added moments ago). A form being
 * shown reads them fresh. The intake checks the chosen rep is active either way.
 */
@Component
class TeamOptions {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final CachedSnapshot<List<String>> reps;

    TeamOptions(Team team) {
        this.reps = new CachedSnapshot<>(FRESH_FOR, () -> team.reps().stream().map(TeamMember::displayName).distinct().toList());
    }

    /** With the names read now (a form being shown). */
    FormSettings filledFresh(FormSettings settings) {
        reps.invalidate();
        return filled(settings);
    }

    /** The settings of a submission, read again when it names someone the kept names lack. */
    FormSettings refilledIfUnknown(FormSettings settings, FormSubmission submission) {
        boolean unknown = settings.fields().stream().filter(field -> field.optionsFrom() == FormSettings.OptionsSource.TEAM)
                .anyMatch(field -> submission.all(field.name()).stream().anyMatch(name -> !field.options().contains(name)));
        return unknown ? filledFresh(settings) : settings;
    }

    /** With the names kept for a few seconds. */
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
