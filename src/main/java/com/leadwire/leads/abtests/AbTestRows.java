package com.leadwire.leads.abtests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.leads.TestEndReason;
import com.leadwire.pipeline.PipelineStatistics.Amount;

/**
 * The SQL of A/B tests: a group's test columns and variants, the leads' figures per variant
 * (by the variant a lead was tested with: a switched lead counts in the one it came from) with their
 * conversions ({@code lead_conversion}, recorded by leads.figures), the test's end and the switches.
 */
@Repository
public class AbTestRows {

    private final NamedParameterJdbcTemplate jdbc;

    AbTestRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Leads, conversions and switched leads of one variant. */
    public record Tally(long leads, long conversions, long switched) {

        static final Tally NONE = new Tally(0, 0, 0);

        /** Conversions / leads, null without leads. */
        public Double rate() {
            return leads == 0 ? null : (double) conversions / leads;
        }
    }

    public Optional<GroupTest> find(long groupId) {
        List<GroupTest> found = jdbc.query("""
                SELECT id, name, test_ends_at, test_target_conversion, test_target_revenue, test_target_leads, test_keep_best,
                       test_ended_at, test_end_reason, test_winner_sequence_id
                FROM lead_group WHERE id = :id""", Map.of("id", groupId), (rs, n) -> {
            String reason = rs.getString("test_end_reason");
            return new GroupTest(rs.getLong("id"), rs.getString("name"), List.of(), instant(rs.getTimestamp("test_ends_at")),
                    rs.getBigDecimal("test_target_conversion"), rs.getBigDecimal("test_target_revenue"),
                    rs.getObject("test_target_leads", Integer.class), rs.getBoolean("test_keep_best"), instant(rs.getTimestamp("test_ended_at")),
                    reason == null ? null : TestEndReason.valueOf(reason), rs.getObject("test_winner_sequence_id", Long.class));
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Long> variants = jdbc.queryForList("SELECT sequence_id FROM lead_group_sequence WHERE group_id = :id ORDER BY position",
                Map.of("id", groupId), Long.class);
        return Optional.of(found.get(0).withVariants(variants));
    }

    /** Per tested variant, the leads that entered in [from, to) (either null: open). */
    public Map<Long, Tally> tallies(long groupId, Instant from, Instant to) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        jdbc.query("""
                SELECT COALESCE(m.switched_from_sequence_id, m.sequence_id) AS variant, COUNT(*) AS leads, COUNT(c.contact_id) AS conversions,
                       SUM(CASE WHEN m.switched_at IS NULL THEN 0 ELSE 1 END) AS switched
                FROM lead_member m
                LEFT JOIN lead_conversion c ON c.group_id = m.group_id AND c.contact_id = m.contact_id
                WHERE m.group_id = :group""" + period(from, to) + " GROUP BY COALESCE(m.switched_from_sequence_id, m.sequence_id)",
                params(groupId, from, to), rs -> {
                    tallies.put(rs.getLong("variant"), new Tally(rs.getLong("leads"), rs.getLong("conversions"), rs.getLong("switched")));
                });
        return tallies;
    }

    /** Per tested variant, the converted deals' amounts per currency (currency order), of the leads that entered in [from, to). */
    public Map<Long, List<Amount>> revenue(long groupId, Instant from, Instant to) {
        Map<Long, List<Amount>> revenue = new LinkedHashMap<>();
        jdbc.query("""
                SELECT COALESCE(m.switched_from_sequence_id, m.sequence_id) AS variant, c.currency, SUM(c.amount) AS amount
                FROM lead_member m
                JOIN lead_conversion c ON c.group_id = m.group_id AND c.contact_id = m.contact_id
                WHERE m.group_id = :group AND c.amount IS NOT NULL AND c.currency IS NOT NULL""" + period(from, to)
                + " GROUP BY COALESCE(m.switched_from_sequence_id, m.sequence_id), c.currency ORDER BY c.currency",
                params(groupId, from, to), rs -> {
                    revenue.computeIfAbsent(rs.getLong("variant"), variant -> new ArrayList<>())
                            .add(new Amount(rs.getString("currency"), rs.getBigDecimal("amount")));
                });
        return revenue;
    }

    /** Records how the test ended; false when it had ended already (another node, or an earlier check). */
    boolean markEnded(long groupId, TestEndReason reason, long winnerSequenceId, Instant now) {
        return jdbc.update("""
                UPDATE lead_group SET test_ended_at = :now, test_end_reason = :reason, test_winner_sequence_id = :winner, updated_at = :now
                WHERE id = :id AND test_ended_at IS NULL""", new MapSqlParameterSource("id", groupId).addValue("reason", reason.name())
                .addValue("winner", winnerSequenceId).addValue("now", Timestamp.from(now))) == 1;
    }

    /** The lead now follows {@code toSequenceId}'s follow-up {@code followUpId} (null: it had all its e-mails). */
    void markSwitched(long groupId, long contactId, long fromSequenceId, long toSequenceId, Long followUpId, Instant now) {
        jdbc.update("""
                UPDATE lead_member SET switched_from_sequence_id = :from, sequence_id = :to, follow_up_id = :followUp, switched_at = :now
                WHERE group_id = :group AND contact_id = :contact AND switched_at IS NULL""", new MapSqlParameterSource("group", groupId)
                .addValue("contact", contactId).addValue("from", fromSequenceId).addValue("to", toSequenceId).addValue("followUp", followUpId)
                .addValue("now", Timestamp.from(now)));
    }

    private static String period(Instant from, Instant to) {
        return (from == null ? "" : " AND m.entered_at >= :from") + (to == null ? "" : " AND m.entered_at < :to");
    }

    private static MapSqlParameterSource params(long groupId, Instant from, Instant to) {
        return new MapSqlParameterSource("group", groupId).addValue("from", from == null ? null : Timestamp.from(from))
                .addValue("to", to == null ? null : Timestamp.from(to));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
