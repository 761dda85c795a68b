package com.leadwire.leads.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of {@code lead_member}: one contact in one group, entered once. */
@Repository
class MemberRows {

    /** A group the contact entered, and the follow-up the group started for it. */
    record Membership(long groupId, Long followUpId) {
    }

    /** What a lead_member row holds at entry. */
    record NewMember(long groupId, long contactId, long dealId, long sequenceId, Long followUpId, Instant enteredAt, String name,
                     String email, String product, String country) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    MemberRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Membership> ofContact(long contactId) {
        return jdbc.query("SELECT group_id, follow_up_id FROM lead_member WHERE contact_id = :contact", Map.of("contact", contactId),
                (rs, n) -> new Membership(rs.getLong("group_id"), rs.getObject("follow_up_id", Long.class)));
    }

    /** The group's leads per sequence (A/B variant). */
    Map<Long, Long> perVariant(long groupId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("SELECT sequence_id, COUNT(*) AS leads FROM lead_member WHERE group_id = :group GROUP BY sequence_id",
                Map.of("group", groupId), rs -> {
                    counts.put(rs.getLong("sequence_id"), rs.getLong("leads"));
                });
        return counts;
    }

    void insert(NewMember member) {
        jdbc.update("""
                INSERT INTO lead_member (group_id, contact_id, deal_id, sequence_id, follow_up_id, entered_at, name, email, product,
                                         country)
                VALUES (:group, :contact, :deal, :sequence, :followUp, :at, :name, :email, :product, :country)""",
                new MapSqlParameterSource("group", member.groupId()).addValue("contact", member.contactId())
                        .addValue("deal", member.dealId()).addValue("sequence", member.sequenceId())
                        .addValue("followUp", member.followUpId()).addValue("at", Timestamp.from(member.enteredAt()))
                        .addValue("name", cut(member.name(), 200)).addValue("email", cut(member.email(), 320))
                        .addValue("product", cut(member.product(), 200)).addValue("country", member.country()));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
