package com.leadwire.leads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.SequenceIds;

/** The SQL of {@code lead_group} and {@code lead_group_sequence}; the counts come from {@code lead_member}. */
@Repository
class LeadGroupRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** A group as stored, before the views add counts and what the sequences send. */
    record Stored(long id, LeadGroupKind kind, LeadGroupDraft draft, LeadGroupView.TestOutcome outcome, Instant createdAt,
                  Instant updatedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final ObjectMapper json;

    LeadGroupRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids, ObjectMapper json) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.json = json;
    }

    List<Stored> all() {
        return where("", Map.of());
    }

    Optional<Stored> find(long id) {
        return where("WHERE g.id = :id", Map.of("id", id)).stream().findFirst();
    }

    boolean nameTaken(String name, Long except) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM lead_group WHERE LOWER(name) = LOWER(:name) AND id <> :except",
                new MapSqlParameterSource("name", name).addValue("except", except == null ? -1L : except), Long.class);
        return count != null && count > 0;
    }

    long insert(LeadGroupDraft draft, Instant now) {
        long id = ids.next("lead_group_seq");
        jdbc.update("""
                INSERT INTO lead_group (id, kind, name, description, status, starts_at, source, abandon_after, webhook_id, bcc, priority,
                                        products, language, country, override_discounts, test_ends_at, test_target_conversion,
                                        test_target_revenue, test_target_leads, test_keep_best, created_at, updated_at)
                VALUES (:id, 'CUSTOM', :name, :description, :status, :startsAt, :source, :abandonAfter, :webhook, :bcc, :priority,
                        :products, :language, :country, :override, :endsAt, :conversion, :revenue, :leads, :keepBest, :now, :now)""",
                fields(id, draft, now));
        insertSequences(id, draft.sequenceIds());
        return id;
    }

    void update(long id, LeadGroupDraft draft, Instant now) {
        jdbc.update("""
                UPDATE lead_group SET name = :name, description = :description, status = :status, starts_at = :startsAt, source = :source,
                       abandon_after = :abandonAfter, webhook_id = :webhook, bcc = :bcc, priority = :priority, products = :products,
                       language = :language, country = :country, override_discounts = :override, test_ends_at = :endsAt,
                       test_target_conversion = :conversion, test_target_revenue = :revenue, test_target_leads = :leads,
                       test_keep_best = :keepBest, updated_at = :now
                WHERE id = :id""", fields(id, draft, now));
        jdbc.update("DELETE FROM lead_group_sequence WHERE group_id = :id", Map.of("id", id));
        insertSequences(id, draft.sequenceIds());
    }

    void delete(long id) {
        jdbc.update("DELETE FROM lead_member WHERE group_id = :id", Map.of("id", id));
        jdbc.update("DELETE FROM lead_group_sequence WHERE group_id = :id", Map.of("id", id));
        jdbc.update("DELETE FROM lead_group WHERE id = :id", Map.of("id", id));
    }

    /** Leads per group: the contacts that entered it. */
    Map<Long, Long> leadCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("SELECT group_id, COUNT(*) AS leads FROM lead_member GROUP BY group_id", rs -> {
            counts.put(rs.getLong("group_id"), rs.getLong("leads"));
        });
        return counts;
    }

    long leadCount(long groupId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM lead_member WHERE group_id = :id", Map.of("id", groupId), Long.class);
        return count == null ? 0 : count;
    }

    private void insertSequences(long id, List<Long> sequenceIds) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int position = 0; position < sequenceIds.size(); position++) {
            rows.add(new MapSqlParameterSource("group", id).addValue("position", position).addValue("sequence", sequenceIds.get(position)));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO lead_group_sequence (group_id, position, sequence_id) VALUES (:group, :position, :sequence)",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private List<Stored> where(String where, Map<String, ?> params) {
        Map<Long, List<Long>> sequences = new HashMap<>();
        jdbc.query("SELECT group_id, sequence_id FROM lead_group_sequence ORDER BY group_id, position", rs -> {
            sequences.computeIfAbsent(rs.getLong("group_id"), group -> new ArrayList<>()).add(rs.getLong("sequence_id"));
        });
        Map<Long, Stored> found = new LinkedHashMap<>();
        jdbc.query("SELECT g.* FROM lead_group g " + where + " ORDER BY g.priority DESC, g.id", params, rs -> {
            long id = rs.getLong("id");
            found.put(id, stored(rs, sequences.getOrDefault(id, List.of())));
        });
        return List.copyOf(found.values());
    }

    private Stored stored(ResultSet rs, List<Long> sequenceIds) throws SQLException {
        LeadGroupTest test = new LeadGroupTest(instant(rs, "test_ends_at"), rs.getBigDecimal("test_target_conversion"),
                rs.getBigDecimal("test_target_revenue"), rs.getObject("test_target_leads", Integer.class), rs.getBoolean("test_keep_best"));
        Instant ended = instant(rs, "test_ended_at");
        LeadGroupView.TestOutcome outcome = ended == null ? null : new LeadGroupView.TestOutcome(ended, rs.getString("test_end_reason"),
                rs.getObject("test_winner_sequence_id", Long.class));
        LeadGroupDraft draft = new LeadGroupDraft(rs.getString("name"), rs.getString("description"),
                LeadGroupStatus.valueOf(rs.getString("status")), instant(rs, "starts_at"), LeadSource.valueOf(rs.getString("source")),
                sequenceIds, rs.getObject("webhook_id", Long.class), rs.getString("bcc"), rs.getInt("priority"),
                products(rs.getString("products")), rs.getString("language"), rs.getString("country"), rs.getBoolean("override_discounts"),
                test, rs.getString("abandon_after"));
        return new Stored(rs.getLong("id"), LeadGroupKind.valueOf(rs.getString("kind")), draft, outcome, instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private MapSqlParameterSource fields(long id, LeadGroupDraft draft, Instant now) {
        LeadGroupTest test = draft.test() == null ? LeadGroupTest.NONE : draft.test();
        return new MapSqlParameterSource("id", id).addValue("name", draft.name()).addValue("description", draft.description())
                .addValue("status", draft.status().name()).addValue("startsAt", timestamp(draft.startsAt()))
                .addValue("source", draft.source().name()).addValue("abandonAfter", draft.abandonAfter())
                .addValue("webhook", draft.webhookId()).addValue("bcc", draft.bcc()).addValue("priority", draft.priority())
                .addValue("products", write(draft.products())).addValue("language", draft.language()).addValue("country", draft.country())
                .addValue("override", draft.overrideDiscounts()).addValue("endsAt", timestamp(test.endsAt()))
                .addValue("conversion", test.targetConversion()).addValue("revenue", test.targetRevenue())
                .addValue("leads", test.targetLeads()).addValue("keepBest", test.keepBest()).addValue("now", Timestamp.from(now));
    }

    private String write(List<String> products) {
        try {
            return json.writeValueAsString(products);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> products(String stored) {
        try {
            return stored == null || stored.isBlank() ? List.of() : json.readValue(stored, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lead_group.products is not a JSON array: " + stored, e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
