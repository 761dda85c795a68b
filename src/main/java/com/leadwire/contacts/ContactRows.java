package com.leadwire.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.shared.BulkRows;
import com.leadwire.shared.JsonFields;
import com.leadwire.shared.SequenceIds;

/** Batched JDBC access to contact rows for the intake hot path (JPA cannot batch these reads). */
@Repository
class ContactRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonFields json;

    ContactRows(NamedParameterJdbcTemplate jdbc, JsonFields json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record HistoryEntry(long contactId, Long eventId, String change, String field, String oldValue, String newValue, String actor) {
    }

    /** The contacts that own these e-mails, by e-mail, in one read; e-mails of one contact share its row. */
    Map<String, ContactRow> ownersOf(List<String> emails) {
        Map<String, ContactRow> owners = new HashMap<>();
        if (emails.isEmpty()) {
            return owners;
        }
        Map<Long, ContactRow> byId = new HashMap<>();
        jdbc.query("""
                SELECT e.email, c.id, c.name, c.phone, c.country, c.language, c.custom_fields, c.consent, c.consent_text,
                       c.consent_at, c.telegram_user_id
                FROM contact_email e JOIN contact c ON c.id = e.contact_id WHERE e.email IN (:emails)""",
                Map.of("emails", emails), rs -> {
                    ContactRow row = byId.get(rs.getLong("id"));
                    if (row == null) {
                        row = rowOf(rs);
                        byId.put(row.id, row);
                    }
                    owners.put(rs.getString("email"), row);
                });
        return owners;
    }

    private ContactRow rowOf(ResultSet rs) throws SQLException {
        ContactRow row = new ContactRow(rs.getLong("id"));
        row.name = rs.getString("name");
        row.phone = rs.getString("phone");
        row.country = rs.getString("country");
        row.language = rs.getString("language");
        row.customFields = json.read(rs.getString("custom_fields"));
        row.consent = rs.getBoolean("consent");
        row.consentText = rs.getString("consent_text");
        Timestamp consentAt = rs.getTimestamp("consent_at");
        row.consentAt = consentAt == null ? null : consentAt.toInstant();
        long telegram = rs.getLong("telegram_user_id");
        row.telegramUserId = rs.wasNull() ? null : telegram;
        return row;
    }

    void insert(Collection<ContactRow> created, Instant now, SequenceIds ids) {
        if (created.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO contact (id, name, phone, country, language, custom_fields, consent, consent_text, consent_at,
                                     unsubscribed, telegram_user_id, source_key, created_at, updated_at, version)
                VALUES (:id, :name, :phone, :country, :language, :fields, :consent, :consentText, :consentAt,
                        FALSE, :telegram, :source, :now, :now, 0)""",
                created.stream().map(row -> fieldParams(row).addValue("source", row.sourceKey).addValue("now", Timestamp.from(now))).collect(BulkRows.nullsTogether()));
        jdbc.batchUpdate("""
                INSERT INTO contact_email (id, contact_id, email, mailbox, is_primary, created_at)
                VALUES (:id, :contact, :email, :mailbox, TRUE, :now)""",
                created.stream().map(row -> new MapSqlParameterSource()
                        .addValue("id", ids.next("contact_email_seq"))
                        .addValue("contact", row.id)
                        .addValue("email", row.primaryEmail)
                        .addValue("mailbox", new EmailAddress(row.primaryEmail).mailbox())
                        .addValue("now", Timestamp.from(now))).collect(BulkRows.nullsTogether()));
    }

    void update(Collection<ContactRow> changed) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                UPDATE contact SET name = :name, phone = :phone, country = :country, language = :language,
                       custom_fields = :fields, consent = :consent, consent_text = :consentText, consent_at = :consentAt,
                       telegram_user_id = :telegram, updated_at = :updatedAt, version = version + 1
                WHERE id = :id""",
                changed.stream().map(row -> fieldParams(row).addValue("updatedAt", Timestamp.from(row.updatedAt)))
                        .collect(BulkRows.nullsTogether()));
    }

    void insertHistory(List<HistoryEntry> entries, Instant now, SequenceIds ids) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO contact_history (id, contact_id, event_id, change_kind, field, old_value, new_value, actor, changed_at)
                VALUES (:id, :contact, :event, :change, :field, :old, :new, :actor, :now)""",
                entries.stream().map(entry -> new MapSqlParameterSource()
                        .addValue("id", ids.next("contact_history_seq"))
                        .addValue("contact", entry.contactId())
                        .addValue("event", entry.eventId())
                        .addValue("change", entry.change())
                        .addValue("field", entry.field())
                        .addValue("old", clip(entry.oldValue()))
                        .addValue("new", clip(entry.newValue()))
                        .addValue("actor", entry.actor())
                        .addValue("now", Timestamp.from(now))).collect(BulkRows.nullsTogether()));
    }

    private MapSqlParameterSource fieldParams(ContactRow row) {
        return new MapSqlParameterSource()
                .addValue("id", row.id)
                .addValue("name", row.name)
                .addValue("phone", row.phone)
                .addValue("country", row.country)
                .addValue("language", row.language)
                .addValue("fields", json.write(row.customFields))
                .addValue("consent", row.consent)
                .addValue("consentText", row.consentText)
                .addValue("consentAt", row.consentAt == null ? null : Timestamp.from(row.consentAt))
                .addValue("telegram", row.telegramUserId);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }


}
