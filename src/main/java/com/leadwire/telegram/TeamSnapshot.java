package com.leadwire.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.leadwire.shared.CachedSnapshot;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * The team as deal cards need it on the intake hot path (who is linked, names), kept a few
 * seconds instead of read for every new deal; a link made on this node is seen at once.
 */
@Component
class TeamSnapshot {

    private final CachedSnapshot<Map<Long, TeamMember>> members;

    TeamSnapshot(Team team) {
        this.members = new CachedSnapshot<>(Duration.ofSeconds(5), () -> team.everyone().stream()
                .filter(TeamMember::active).collect(Collectors.toUnmodifiableMap(TeamMember::id, Function.identity())));
    }

    Optional<TeamMember> active(long userId) {
        return Optional.ofNullable(members.get().get(userId));
    }

    List<TeamMember> linked() {
        return members.get().values().stream().filter(TeamMember::telegramLinked).toList();
    }

    void changed() {
        members.invalidate();
    }
}
