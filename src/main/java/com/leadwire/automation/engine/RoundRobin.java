package com.leadwire.automation.engine;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * A rule's round-robin over the active reps (by id): its count of turns so far, kept in the
 * database so that nodes and restarts agree; an inactive rep is skipped because only active
 * reps are counted. The row of a rule is locked while its transaction lasts.
 */
@Component
class RoundRobin {

    private final JdbcTemplate jdbc;
    private final Team team;

    RoundRobin(JdbcTemplate jdbc, Team team) {
        this.jdbc = jdbc;
        this.team = team;
    }

    /** The rep whose turn it is; {@code peek}: do not take the turn (dry-run). */
    Optional<TeamMember> next(long ruleId, boolean peek) {
        List<TeamMember> reps = team.reps();
        if (reps.isEmpty()) {
            return Optional.empty();
        }
        if (!peek) {
            takeTurn(ruleId);
        }
        List<Long> turns = jdbc.queryForList("SELECT turns FROM rule_round_robin WHERE rule_id = ?", Long.class, ruleId);
        long taken = turns.isEmpty() ? 0 : turns.get(0) - (peek ? 0 : 1);
        return Optional.of(reps.get((int) (taken % reps.size())));
    }

    private void takeTurn(long ruleId) {
        if (jdbc.update("UPDATE rule_round_robin SET turns = turns + 1 WHERE rule_id = ?", ruleId) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO rule_round_robin (rule_id, turns) VALUES (?, 1)", ruleId);
        } catch (DuplicateKeyException firstTurnTakenMeanwhile) {
            // another transaction (or node) counted the rule's first turn since the update above
            jdbc.update("UPDATE rule_round_robin SET turns = turns + 1 WHERE rule_id = ?", ruleId);
        }
    }
}
