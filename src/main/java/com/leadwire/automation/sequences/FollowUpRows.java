package com.leadwire.automation.sequences;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.shared.SequenceIds;

/** The SQL of {@code follow_up} and {@code follow_up_email}. */
@Repository
class FollowUpRows {

    private static final int MAX_TEXT = 1000;
    private static final String COLUMNS = """
            f.id, f.sequence_id, f.sequence_name, f.contact_id, f.deal_id, f.stage_id, f.status, f.stop_reason, f.started_by, f.stopped_by,
            f.started_at, f.finished_at, f.group_bcc, f.keep_deal_discount""";

    /** An active follow-up as the step timer and the stops need it; the last two come from its lead group, if any. */
    record Active(long id, long sequenceId, String sequenceName, long contactId, long dealId, Long stageId, String groupBcc,
                  boolean keepDealDiscount) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SequenceIds ids;

    FollowUpRows(NamedParameterJdbcTemplate jdbc, SequenceIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    long insert(SequenceView sequence, long contactId, long dealId, Long stageId, String startedBy, FollowUps.ForLeadGroup group,
                Instant now) {
        long id = ids.next("follow_up_seq");
        jdbc.update("""
                INSERT INTO follow_up (id, sequence_id, sequence_name, contact_id, deal_id, stage_id, started_by, status, started_at,
                                       lead_group_id, group_bcc, keep_deal_discount)
                VALUES (:id, :sequence, :name, :contact, :deal, :stage, :startedBy, 'ACTIVE', :now, :group, :groupBcc, :keepDiscount)""",
                new MapSqlParameterSource("id", id).addValue("sequence", sequence.id()).addValue("name", sequence.name())
                        .addValue("contact", contactId).addValue("deal", dealId).addValue("stage", stageId)
                        .addValue("startedBy", cut(startedBy, 300)).addValue("now", Timestamp.from(now))
                        .addValue("group", group == null ? null : group.groupId()).addValue("groupBcc", group == null ? null : group.bcc())
                        .addValue("keepDiscount", group != null && group.keepDealDiscount()));
        return id;
    }

    /** The highest step of the follow-up that fell due (sent or not); 0 before its first e-mail. */
    int stepsReached(long followUpId) {
        Integer reached = jdbc.queryForObject("SELECT MAX(step) FROM follow_up_email WHERE follow_up_id = :id", Map.of("id", followUpId),
                Integer.class);
        return reached == null ? 0 : reached;
    }

    /**
     * Per sequence, the e-mails that left the outbox (SENT or BOUNCED) of the follow-ups a lead group
     * started in [from, to) (either null: open).
     */
    Map<Long, Long> emailsSentOfLeadGroup(long leadGroupId, Instant from, Instant to) {
        MapSqlParameterSource params = new MapSqlParameterSource("group", leadGroupId)
                .addValue("from", from == null ? null : Timestamp.from(from)).addValue("to", to == null ? null : Timestamp.from(to));
        Map<Long, Long> sent = new LinkedHashMap<>();
        jdbc.query("""
                SELECT f.sequence_id, COUNT(*) AS sent FROM follow_up f
                JOIN follow_up_email e ON e.follow_up_id = f.id AND e.status IN ('SENT', 'BOUNCED')
                WHERE f.lead_group_id = :group""" + (from == null ? "" : " AND f.started_at >= :from")
                + (to == null ? "" : " AND f.started_at < :to") + " GROUP BY f.sequence_id", params,
                rs -> {
                    sent.put(rs.getLong("sequence_id"), rs.getLong("sent"));
                });
        return sent;
    }

    Optional<Active> active(long id) {
        return activeWhere("f.id = :id", new MapSqlParameterSource("id", id)).stream().findFirst();
    }

    Optional<Active> activeOf(long contactId, long sequenceId) {
        return activeWhere("f.contact_id = :contact AND f.sequence_id = :sequence",
                new MapSqlParameterSource("contact", contactId).addValue("sequence", sequenceId)).stream().findFirst();
    }

    /** The contact's active follow-ups, of one sequence or ({@code sequenceId} null) of all. */
    List<Active> activeOfContact(long contactId, Long sequenceId) {
        MapSqlParameterSource params = new MapSqlParameterSource("contact", contactId).addValue("sequence", sequenceId);
        return activeWhere("f.contact_id = :contact" + (sequenceId == null ? "" : " AND f.sequence_id = :sequence"), params);
    }

    List<Active> activeOfLeadGroup(long groupId) {
        return activeWhere("f.lead_group_id = :group", new MapSqlParameterSource("group", groupId));
    }

    List<Active> activeOfDeal(long dealId) {
        return activeWhere("f.deal_id = :deal", new MapSqlParameterSource("deal", dealId));
    }

    long activeOf(long sequenceId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE sequence_id = :sequence AND status = 'ACTIVE'",
                Map.of("sequence", sequenceId), Long.class);
        return count == null ? 0 : count;
    }

    /** Ends an active follow-up; false when it was no longer active. */
    boolean finish(long id, Status status, StopReason reason, String stoppedBy, Instant now) {
        return jdbc.update("""
                UPDATE follow_up SET status = :status, stop_reason = :reason, stopped_by = :stoppedBy, finished_at = :now
                WHERE id = :id AND status = 'ACTIVE'""", new MapSqlParameterSource("id", id).addValue("status", status.name())
                .addValue("reason", reason == null ? null : reason.name()).addValue("stoppedBy", cut(stoppedBy, 300))
                .addValue("now", Timestamp.from(now))) == 1;
    }

    /** The follow-up stopped while an e-mail of it was held back: that e-mail will not go, and its row says so. */
    void skipHeld(long followUpId, Instant now) {
        jdbc.update("""
                UPDATE follow_up_email SET status = 'SKIPPED', detail = CONCAT(detail, '; not sent: the follow-up stopped'), updated_at = :now
                WHERE follow_up_id = :followUp AND status = 'HELD'""", new MapSqlParameterSource("followUp", followUpId)
                .addValue("now", Timestamp.from(now)));
    }

    /**
     * Records the step's e-mail as it fell due; a step held before ({@code wasHeld}) has its row already, which
     * is updated (its due time, and its detail when the new one has none, say when and why it was held).
     */
    void recordEmail(boolean wasHeld, long followUpId, int step, String template, EmailStatus status, String recipient, String subject,
                     String outboxKey, Instant dueAt, String detail, Instant now) {
        if (wasHeld && jdbc.update("""
                UPDATE follow_up_email SET template_name = :template, status = :status, recipient = :recipient, subject = :subject,
                                           outbox_key = :key, updated_at = :now, detail = COALESCE(:detail, detail)
                WHERE follow_up_id = :followUp AND step = :step AND status = 'HELD'""",
                new MapSqlParameterSource("followUp", followUpId).addValue("step", step).addValue("template", template)
                        .addValue("status", status.name()).addValue("recipient", cut(recipient, 320)).addValue("subject", cut(subject, MAX_TEXT))
                        .addValue("key", outboxKey).addValue("now", Timestamp.from(now)).addValue("detail", cut(detail, MAX_TEXT))) > 0) {
            return;
        }
        insertEmail(followUpId, step, template, status, recipient, subject, outboxKey, dueAt, detail, now);
    }

    /** A held step held back again (the new day's cap was reached already): its detail says until when now. */
    void holdAgain(long followUpId, int step, String detail, Instant now) {
        jdbc.update("UPDATE follow_up_email SET detail = :detail, updated_at = :now WHERE follow_up_id = :followUp AND step = :step",
                new MapSqlParameterSource("followUp", followUpId).addValue("step", step).addValue("detail", cut(detail, MAX_TEXT))
                        .addValue("now", Timestamp.from(now)));
    }

    void insertEmail(long followUpId, int step, String template, EmailStatus status, String recipient, String subject, String outboxKey,
                     Instant dueAt, String detail, Instant now) {
        jdbc.update("""
                INSERT INTO follow_up_email (follow_up_id, step, template_name, status, recipient, subject, outbox_key, due_at, updated_at, detail)
                VALUES (:followUp, :step, :template, :status, :recipient, :subject, :key, :due, :now, :detail)""",
                new MapSqlParameterSource("followUp", followUpId).addValue("step", step).addValue("template", template)
                        .addValue("status", status.name()).addValue("recipient", cut(recipient, 320)).addValue("subject", cut(subject, MAX_TEXT))
                        .addValue("key", outboxKey).addValue("due", Timestamp.from(dueAt)).addValue("now", Timestamp.from(now))
                        .addValue("detail", cut(detail, MAX_TEXT)));
    }

    /**
     * The mail sender's word on an e-mail still queued. A bounce also overrides a sent or failed
     * outcome told before it, as a bounce may be learnt after the message left; nothing overrides a
     * bounce. False when no follow-up e-mail has that key or it was settled already.
     */
    boolean emailOutcome(String outboxKey, EmailStatus status, String detail, Instant now) {
        return jdbc.update("""
                UPDATE follow_up_email SET status = :status, detail = COALESCE(:detail, detail), updated_at = :now
                WHERE outbox_key = :key AND (status = 'QUEUED' OR (:status = 'BOUNCED' AND status IN ('SENT', 'FAILED')))""",
                new MapSqlParameterSource("key", outboxKey).addValue("status", status.name()).addValue("detail", cut(detail, MAX_TEXT))
                        .addValue("now", Timestamp.from(now))) > 0;
    }

    List<FollowUpView> ofDeal(long dealId) {
        return views("f.deal_id = :id", dealId);
    }

    List<FollowUpView> ofContact(long contactId) {
        return views("f.contact_id = :id", contactId);
    }

    private List<FollowUpView> views(String where, long id) {
        Map<Long, FollowUpView> found = new LinkedHashMap<>();
        Map<Long, List<FollowUpView.Email>> emails = new LinkedHashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM follow_up f WHERE " + where + " ORDER BY f.started_at DESC, f.id DESC", Map.of("id", id),
                rs -> {
                    long followUp = rs.getLong("id");
                    found.put(followUp, view(rs, List.of()));
                    emails.put(followUp, new ArrayList<>());
                });
        if (found.isEmpty()) {
            return List.of();
        }
        jdbc.query("""
                SELECT e.follow_up_id, e.step, e.template_name, e.status, e.recipient, e.subject, e.due_at, e.updated_at, e.detail
                FROM follow_up_email e WHERE e.follow_up_id IN (:ids) ORDER BY e.step""", Map.of("ids", found.keySet()),
                rs -> {
                    emails.get(rs.getLong("follow_up_id")).add(new FollowUpView.Email(rs.getInt("step"), rs.getString("template_name"),
                            EmailStatus.valueOf(rs.getString("status")), rs.getString("recipient"), rs.getString("subject"),
                            rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getString("detail")));
                });
        return found.values().stream().map(view -> new FollowUpView(view.id(), view.sequenceId(), view.sequenceName(), view.contactId(),
                view.dealId(), view.status(), view.stopReason(), view.startedBy(), view.stoppedBy(), view.startedAt(), view.finishedAt(),
                emails.get(view.id()))).toList();
    }

    private List<Active> activeWhere(String where, MapSqlParameterSource params) {
        return jdbc.query("SELECT " + COLUMNS + " FROM follow_up f WHERE " + where + " AND f.status = 'ACTIVE' ORDER BY f.id", params,
                (rs, n) -> new Active(rs.getLong("id"), rs.getLong("sequence_id"), rs.getString("sequence_name"), rs.getLong("contact_id"),
                        rs.getLong("deal_id"), rs.getObject("stage_id", Long.class), rs.getString("group_bcc"),
                        rs.getBoolean("keep_deal_discount")));
    }

    private static FollowUpView view(ResultSet rs, List<FollowUpView.Email> emails) throws SQLException {
        String reason = rs.getString("stop_reason");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new FollowUpView(rs.getLong("id"), rs.getLong("sequence_id"), rs.getString("sequence_name"), rs.getLong("contact_id"),
                rs.getLong("deal_id"), Status.valueOf(rs.getString("status")), reason == null ? null : StopReason.valueOf(reason),
                rs.getString("started_by"), rs.getString("stopped_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), emails);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
