package com.leadwire.automation.engine;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.Condition;
import com.leadwire.automation.RuleFiring;
import com.leadwire.automation.TriggerType;
import com.leadwire.shared.BulkRows;
import com.leadwire.shared.SequenceIds;
import com.leadwire.shared.TransactionBatch;

/**
 * The {@code rule_firing} rows: written in the transaction of the event that fired the rule, as
 * one batch before it commits. The unique (rule, event key) makes a second firing for one event
 * fail that transaction rather than act twice; the engine asks {@link #firedInThisTransaction}
 * first, so one transaction never tries.
 */
@Component
public class FiringLog {

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;
    private final ObjectMapper json;
    private final TransactionBatch<MapSqlParameterSource> batch;

    FiringLog(NamedParameterJdbcTemplate jdbc, SequenceIds ids, ObjectMapper json) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.json = json;
        this.batch = new TransactionBatch<>(this::insert);
    }

    private record Detail(String origin, List<Condition.Result> conditions, List<RuleFiring.ActionOutcome> actions) {
    }

    boolean firedInThisTransaction(long ruleId, String eventKey) {
        return batch.pending().containsKey(ruleId + "|" + eventKey);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(RuleFiring firing, String eventKey) {
        try {
            batch.add(firing.ruleId() + "|" + eventKey, new MapSqlParameterSource()
                    .addValue("id", ids.next("rule_firing_seq"))
                    .addValue("rule", firing.ruleId())
                    .addValue("name", firing.ruleName())
                    .addValue("trigger", firing.trigger().name())
                    .addValue("key", eventKey)
                    .addValue("deal", firing.dealId())
                    .addValue("contact", firing.contactId())
                    .addValue("outcome", firing.outcome().name())
                    .addValue("depth", firing.depth())
                    .addValue("detail", json.writeValueAsString(new Detail(firing.origin(), firing.conditions(), firing.actions())))
                    .addValue("at", Timestamp.from(firing.at())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<RuleFiring> ofDeal(long dealId) {
        return query("deal_id", dealId);
    }

    public List<RuleFiring> ofContact(long contactId) {
        return query("contact_id", contactId);
    }

    private List<RuleFiring> query(String column, long id) {
        return jdbc.query("SELECT id, rule_id, rule_name, trigger_type, deal_id, contact_id, outcome, depth, detail, fired_at "
                + "FROM rule_firing WHERE " + column + " = :id ORDER BY fired_at DESC, id DESC", Map.of("id", id), (row, i) -> {
                    Detail detail = read(row.getString("detail"));
                    return new RuleFiring(row.getLong("id"), row.getLong("rule_id"), row.getString("rule_name"),
                            TriggerType.valueOf(row.getString("trigger_type")), detail.origin(), (Long) row.getObject("deal_id", Long.class),
                            row.getObject("contact_id", Long.class), RuleFiring.Outcome.valueOf(row.getString("outcome")), row.getInt("depth"),
                            detail.conditions(), detail.actions(), row.getTimestamp("fired_at").toInstant());
                });
    }

    private Detail read(String detail) {
        try {
            return json.readValue(detail, Detail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rule firing detail", e);
        }
    }

    private void insert(Map<String, MapSqlParameterSource> rows) {
        jdbc.batchUpdate("""
                INSERT INTO rule_firing (id, rule_id, rule_name, trigger_type, event_key, deal_id, contact_id, outcome, depth, detail, fired_at)
                VALUES (:id, :rule, :name, :trigger, :key, :deal, :contact, :outcome, :depth, :detail, :at)""",
                BulkRows.nullsTogether(rows.values()));
    }
}
