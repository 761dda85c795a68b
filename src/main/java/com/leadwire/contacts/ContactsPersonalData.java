package com.leadwire.contacts;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * A person's contact and the contacts merged into it: their rows (with consent), e-mails, change
 * history and merges (whose before-images hold their old values). Erased, the rows stay as empty,
 * unsubscribed shells marked erased (deals keep pointing at them; the list leaves them out), the e-mails go, so the same address arriving
 * later makes a new contact, and the merges go, so they can no longer be undone.
 */
@Component
class ContactsPersonalData extends PersonalRows {

    private static final String CONTACT_COLUMNS = """
            id, name, phone, country, language, custom_fields, telegram_user_id, source_key, merged_into, created_at, updated_at""";
    private static final String MERGES = "FROM contact_merge WHERE into_contact_id IN (:contacts) OR from_contact_id IN (:contacts)";

    ContactsPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("contact", "SELECT " + CONTACT_COLUMNS + " FROM contact WHERE id = :contact");
        exports("mergedContacts", "SELECT " + CONTACT_COLUMNS + " FROM contact WHERE id IN (:contacts) AND id <> :contact ORDER BY id");
        exports("emails", "SELECT contact_id, email, is_primary, created_at FROM contact_email WHERE contact_id IN (:contacts) ORDER BY id");
        exports("consent", "SELECT consent, consent_text, consent_at, unsubscribed FROM contact WHERE id = :contact");
        exports("contactHistory", """
                SELECT id, contact_id, event_id, change_kind, field, old_value, new_value, actor, changed_at
                FROM contact_history WHERE contact_id IN (:contacts) ORDER BY id""");
        exports("merges", "SELECT * " + MERGES + " ORDER BY id");
        erases("contact_merge_moved", "DELETE FROM contact_merge_moved WHERE merge_id IN (SELECT id " + MERGES + ")");
        erases("contact_merge", "DELETE " + MERGES);
        erases("contact_history", "DELETE FROM contact_history WHERE contact_id IN (:contacts)");
        erases("contact_email", "DELETE FROM contact_email WHERE contact_id IN (:contacts)");
        erases("contact", """
                UPDATE contact SET name = NULL, phone = NULL, country = NULL, language = NULL, custom_fields = NULL,
                       consent = FALSE, consent_text = NULL, consent_at = NULL, unsubscribed = TRUE, telegram_user_id = NULL,
                       erased_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP, version = version + 1
                WHERE id IN (:contacts)""");
    }
}
