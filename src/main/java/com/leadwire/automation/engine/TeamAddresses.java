package com.leadwire.automation.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.leadwire.mail.MailProperties;
import com.leadwire.shared.CachedSnapshot;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/** The sales team's e-mail addresses (active reps plus the team address), cached for rules. */
@Component
class TeamAddresses {

    private final CachedSnapshot<Map<Long, String>> byMember;
    private final String teamAddress;

    TeamAddresses(Team team, MailProperties mail) {
        this.teamAddress = mail.teamAddress();
        this.byMember = new CachedSnapshot<>(Duration.ofSeconds(30), () -> team.everyone().stream()
                .filter(member -> member.active() && member.role() == Role.REP && member.email() != null)
                .collect(Collectors.toMap(TeamMember::id, TeamMember::email)));
    }

    List<String> addresses() {
        Stream<String> reps = byMember.get().values().stream();
        return (teamAddress == null || teamAddress.isBlank() ? reps : Stream.concat(reps, Stream.of(teamAddress))).distinct().toList();
    }

    Optional<String> addressOf(long memberId) {
        return Optional.ofNullable(byMember.get().get(memberId));
    }
}
