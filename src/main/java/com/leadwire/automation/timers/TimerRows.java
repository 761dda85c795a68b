package com.leadwire.automation.timers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.BulkRows;
import com.leadwire.shared.SequenceIds;

/** The SQL of {@code automation_timer}. */
@Repository
class TimerRows {

    static final String PENDING = "PENDING";
    static final String FIRED = "FIRED";
    static final String CANCELLED = "CANCELLED";
    static final String FAILED = "FAILED";

    /**
     * The claim, a range scan of ix_automation_timer_due in due order (TimerScanPlanContract
     * checks the plan with 100k pending timers, bench/run.sh timers times it). SKIP LOCKED: what
     * another node holds is its own.
     */
    static final String CLAIM_DUE = """
            SELECT id, rule_id, deal_id, contact_id, kind, stage_id, base_at, due_at, origin, timer_key, status, attempts, task_id
            FROM automation_timer
            WHERE status = 'PENDING' AND due_at <= :now
            ORDER BY due_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""";

    /** A deal's pending timers, soonest first, with their rules' names: by ix_automation_timer_deal. */
    static final String PENDING_OF = """
            SELECT t.id, t.rule_id, t.deal_id, t.contact_id, t.kind, t.stage_id, t.base_at, t.due_at, t.origin, t.timer_key, t.status,
                   t.task_id, r.name AS rule_name
            FROM automation_timer t LEFT JOIN automation_rule r ON r.id = t.rule_id
            WHERE t.deal_id = :deal AND t.status = 'PENDING' AND t.rule_id IS NOT NULL
            ORDER BY t.due_at, t.id""";

    private static final int MAX_ERROR_LENGTH = 2000;

    /** A claimed timer and its failed attempts so far. */
    record Claimed(TimerView timer, int attempts) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    TimerRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /**
     * One JDBC batch; a key that is already stored is skipped. The stored keys are looked up in one
     * query first: a plain INSERT batch is one bulk statement on MariaDB, where an INSERT … ON
     * DUPLICATE KEY batch went out row by row (two statements per intake event, bench/README.md).
     */
    void insert(Collection<TimerRequest> requests, Instant now) {
        Set<String> stored = new HashSet<>(jdbc.queryForList("SELECT timer_key FROM automation_timer WHERE timer_key IN (:keys)",
                Map.of("keys", requests.stream().map(TimerRequest::key).toList()), String.class));
        MapSqlParameterSource[] rows = requests.stream().filter(request -> !stored.contains(request.key()))
                .map(request -> new MapSqlParameterSource()
                        .addValue("id", ids.next("automation_timer_seq"))
                        .addValue("key", request.key())
                        .addValue("rule", request.ruleId())
                        .addValue("deal", request.dealId())
                        .addValue("contact", request.contactId())
                        .addValue("kind", request.kind().name())
                        .addValue("stage", request.stageId())
                        .addValue("base", Timestamp.from(request.baseAt()))
                        .addValue("due", Timestamp.from(request.dueAt()))
                        .addValue("origin", request.origin())
                        .addValue("task", request.taskId())
                        .addValue("now", Timestamp.from(now))).collect(BulkRows.nullsTogether());
        if (rows.length > 0) {
            jdbc.batchUpdate("""
                    INSERT INTO automation_timer (id, timer_key, rule_id, deal_id, contact_id, kind, stage_id, base_at, due_at, origin,
                                                  status, attempts, created_at, task_id)
                    VALUES (:id, :key, :rule, :deal, :contact, :kind, :stage, :base, :due, :origin, 'PENDING', 0, :now, :task)""", rows);
        }
    }

    /**
     * One pending idle timer per deal in the stage that has none of the rule yet, counting from
     * the later of its entry into the stage and {@code enabledAt}: one statement, whatever the
     * number of deals. It reads pipeline's {@code deal} table, the one place automation does.
     */
    int insertIdleForDealsInStage(long ruleId, long stageId, Instant enabledAt, Duration after, Instant now) {
        return jdbc.update("""
                INSERT INTO automation_timer (id, timer_key, rule_id, deal_id, contact_id, kind, stage_id, base_at, due_at, origin,
                                              status, attempts, created_at)
                SELECT NEXT VALUE FOR automation_timer_seq, CONCAT(:keyPrefix, d.id, :keySuffix), :rule, d.id, d.contact_id,
                       'IDLE_IN_STAGE', d.stage_id, GREATEST(d.stage_entered_at, :enabledAt),
                       TIMESTAMPADD(MICROSECOND, :after, GREATEST(d.stage_entered_at, :enabledAt)), 'rule enabled', 'PENDING', 0, :now
                FROM deal d
                WHERE d.stage_id = :stage
                  AND NOT EXISTS (SELECT 1 FROM automation_timer t WHERE t.deal_id = d.id AND t.status = 'PENDING' AND t.rule_id = :rule)""",
                new MapSqlParameterSource()
                        .addValue("keyPrefix", "idle:rule-" + ruleId + ":deal-")
                        .addValue("keySuffix", ":enabled-" + enabledAt.toEpochMilli())
                        .addValue("rule", ruleId)
                        .addValue("stage", stageId)
                        .addValue("enabledAt", Timestamp.from(enabledAt))
                        .addValue("after", micros(after))
                        .addValue("now", Timestamp.from(now)));
    }

    List<Claimed> claimDue(Instant now, int limit) {
        return jdbc.query(CLAIM_DUE, Map.of("now", Timestamp.from(now), "limit", limit),
                (rs, n) -> new Claimed(view(rs), rs.getInt("attempts")));
    }

    void markFired(List<Long> timerIds, Instant now) {
        jdbc.update("UPDATE automation_timer SET status = 'FIRED', finished_at = :now, attempts = attempts + 1 WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", timerIds).addValue("now", Timestamp.from(now)));
    }

    /** A failed attempt: pending again at {@code nextAt}, or FAILED; false if the timer was no longer pending as it was. */
    boolean markAttemptFailed(long id, int attemptsBefore, boolean last, Instant nextAt, String error, Instant now) {
        return jdbc.update("""
                UPDATE automation_timer SET status = :status, due_at = :next, last_error = :error, attempts = :attempts,
                       finished_at = :finished
                WHERE id = :id AND status = 'PENDING' AND attempts = :before""", new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("before", attemptsBefore)
                .addValue("attempts", attemptsBefore + 1)
                .addValue("status", last ? FAILED : PENDING)
                .addValue("next", Timestamp.from(last ? now : nextAt))
                .addValue("error", error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH))
                .addValue("finished", last ? Timestamp.from(now) : null)) == 1;
    }

    int cancelIdle(long dealId, long stageId, Instant now) {
        return jdbc.update("""
                UPDATE automation_timer SET status = 'CANCELLED', finished_at = :now
                WHERE deal_id = :deal AND status = 'PENDING' AND kind = 'IDLE_IN_STAGE' AND stage_id = :stage""",
                new MapSqlParameterSource("deal", dealId).addValue("stage", stageId).addValue("now", Timestamp.from(now)));
    }

    int cancel(String key, Instant now) {
        return jdbc.update("UPDATE automation_timer SET status = 'CANCELLED', finished_at = :now WHERE timer_key = :key AND status = 'PENDING'",
                new MapSqlParameterSource("key", key).addValue("now", Timestamp.from(now)));
    }

    int cancelOfRule(long ruleId, Instant now) {
        return jdbc.update("UPDATE automation_timer SET status = 'CANCELLED', finished_at = :now WHERE rule_id = :rule AND status = 'PENDING'",
                new MapSqlParameterSource("rule", ruleId).addValue("now", Timestamp.from(now)));
    }

    int reschedule(long ruleId, Duration after) {
        return jdbc.update("""
                UPDATE automation_timer SET due_at = TIMESTAMPADD(MICROSECOND, :after, base_at)
                WHERE rule_id = :rule AND status = 'PENDING'""", Map.of("rule", ruleId, "after", micros(after)));
    }

    List<ListedTimer> pendingOf(long dealId) {
        return jdbc.query(PENDING_OF, Map.of("deal", dealId), (rs, n) -> new ListedTimer(view(rs), rs.getString("rule_name")));
    }

    private static TimerView view(ResultSet rs) throws SQLException {
        return new TimerView(rs.getLong("id"), rs.getObject("rule_id", Long.class), rs.getLong("deal_id"), rs.getObject("contact_id", Long.class),
                TimerKind.valueOf(rs.getString("kind")), rs.getObject("stage_id", Long.class), rs.getTimestamp("base_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), rs.getString("origin"), rs.getString("timer_key"), rs.getString("status"),
                rs.getObject("task_id", Long.class));
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
