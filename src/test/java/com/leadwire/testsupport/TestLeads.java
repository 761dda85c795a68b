package com.leadwire.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leads as the lead groups and follow-ups leave them, written as rows: an inactive custom group
 * (it matches nothing, so no other test's deal enters it), its members with their copied columns,
 * and follow-ups with their e-mails. {@link #deleteAll} removes what it wrote.
 */
public final class TestLeads {

    private final JdbcTemplate jdbc;
    private final List<Long> groups = new ArrayList<>();
    private final List<Long> followUps = new ArrayList<>();

    public TestLeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long group(String name, Instant now) {
        long id = jdbc.queryForObject("SELECT NEXT VALUE FOR lead_group_seq", Long.class);
        jdbc.update("""
                INSERT INTO lead_group (id, kind, name, status, source, priority, products, override_discounts, test_keep_best,
                                        created_at, updated_at)
                VALUES (?, 'CUSTOM', ?, 'INACTIVE', 'ALL', 0, '[]', FALSE, FALSE, ?, ?)""", id, name, Timestamp.from(now), Timestamp.from(now));
        groups.add(id);
        return id;
    }

    /** A member of the group for the deal, entered at {@code enteredAt}, following {@code followUpId} (or none). */
    public void member(long groupId, long contactId, long dealId, Long followUpId, Instant enteredAt, String name, String email, String product,
                       String country) {
        jdbc.update("""
                INSERT INTO lead_member (group_id, contact_id, deal_id, sequence_id, follow_up_id, entered_at, name, email, product, country)
                VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?)""", groupId, contactId, dealId, followUpId, Timestamp.from(enteredAt), name, email,
                product, country);
    }

    /** A follow-up of the contact's deal: ACTIVE, COMPLETED or STOPPED with {@code stopReason}. */
    public long followUp(long contactId, long dealId, String status, String stopReason, Instant startedAt) {
        long id = jdbc.queryForObject("SELECT NEXT VALUE FOR follow_up_seq", Long.class);
        jdbc.update("""
                INSERT INTO follow_up (id, sequence_id, sequence_name, contact_id, deal_id, status, stop_reason, started_at, finished_at)
                VALUES (?, 0, 'Lista de leads', ?, ?, ?, ?, ?, ?)""", id, contactId, dealId, status, stopReason, Timestamp.from(startedAt),
                status.equals("ACTIVE") ? null : Timestamp.from(startedAt));
        followUps.add(id);
        return id;
    }

    /** The follow-up's e-mail {@code step} as it fell due, with its status (QUEUED, SENT, FAILED, BOUNCED, SKIPPED). */
    public void email(long followUpId, int step, String status, Instant dueAt) {
        jdbc.update("""
                INSERT INTO follow_up_email (follow_up_id, step, template_name, status, due_at, updated_at)
                VALUES (?, ?, 'Lista de leads', ?, ?, ?)""", followUpId, step, status, Timestamp.from(dueAt), Timestamp.from(dueAt));
    }

    public void deleteAll() {
        groups.forEach(id -> jdbc.update("DELETE FROM lead_group WHERE id = ?", id));
        followUps.forEach(id -> jdbc.update("DELETE FROM follow_up WHERE id = ?", id));
        groups.clear();
        followUps.clear();
    }
}
