package com.leadwire.automation.sequences;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the follow-ups of lead groups sent, for the dashboard's lead-management figures: e-mails
 * sent per group and step in a period (counted by the time each fell due), the leads whose first
 * e-mail went out in it, and how far one follow-up got. A follow-up belongs to a group when the
 * group started it ({@code follow_up.lead_group_id}).
 */
@Service
public class FollowUpFigures {

    /** {@code count} e-mails of step {@code step} that group {@code groupId}'s follow-ups sent. */
    public record SentEmails(long groupId, int step, long count) {
    }

    /** {@code count} of group {@code groupId}'s follow-ups got their first e-mail in the period. */
    public record TargetedLeads(long groupId, long count) {
    }

    /**
     * How far a follow-up got by now: the last step whose e-mail was sent (null: none yet), and when
     * its first e-mail was due (null: it was not sent).
     */
    public record Reached(Integer lastSentStep, Instant firstSentAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    FollowUpFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per group and step, the e-mails sent that fell due in [from, to). */
    public List<SentEmails> sentPerGroupAndStep(Instant from, Instant to) {
        return jdbc.query("""
                SELECT f.lead_group_id, e.step, COUNT(*) AS sent
                FROM follow_up_email e JOIN follow_up f ON f.id = e.follow_up_id
                WHERE e.due_at >= :from AND e.due_at < :to AND e.status = 'SENT' AND f.lead_group_id IS NOT NULL
                GROUP BY f.lead_group_id, e.step""", period(from, to),
                (rs, n) -> new SentEmails(rs.getLong("lead_group_id"), rs.getInt("step"), rs.getLong("sent")));
    }

    /** Per group, the follow-ups whose first e-mail was sent and fell due in [from, to). */
    public List<TargetedLeads> targetedPerGroup(Instant from, Instant to) {
        return jdbc.query("""
                SELECT f.lead_group_id, COUNT(*) AS targeted
                FROM follow_up_email e JOIN follow_up f ON f.id = e.follow_up_id
                WHERE e.due_at >= :from AND e.due_at < :to AND e.step = 1 AND e.status = 'SENT' AND f.lead_group_id IS NOT NULL
                GROUP BY f.lead_group_id""", period(from, to),
                (rs, n) -> new TargetedLeads(rs.getLong("lead_group_id"), rs.getLong("targeted")));
    }

    /** How far the follow-up got until now. */
    public Reached reached(long followUpId) {
        return jdbc.query("""
                SELECT MAX(step) AS last_step, MIN(CASE WHEN step = 1 THEN due_at END) AS first_at
                FROM follow_up_email WHERE follow_up_id = :id AND status = 'SENT'""", new MapSqlParameterSource("id", followUpId), rs -> {
                    rs.next();
                    int step = rs.getInt("last_step");
                    Integer last = rs.wasNull() ? null : step;
                    return new Reached(last, Optional.ofNullable(rs.getTimestamp("first_at")).map(Timestamp::toInstant).orElse(null));
                });
    }

    private static MapSqlParameterSource period(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }
}
