package com.leadwire.contacts;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * A person's contact: its row (with consent), e-mails and change history. Erased, the row stays
 * as an empty, unsubscribed shell (its deals keep pointing at it) and its e-mails go, so the same
 * address arriving later makes a new contact.
 */
@Component
class ContactsPersonalData extends PersonalRows {

    ContactsPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("contact", """
                SELECT id, name, phone, country, language, custom_fields, telegram_user_id, created_at, updated_at
                FROM contact WHERE id = :contact""");
        exports("emails", "SELECT email, is_primary, created_at FROM contact_email WHERE contact_id = :contact ORDER BY id");
        exports("consent", "SELECT consent, consent_text, consent_at, unsubscribed FROM contact WHERE id = :contact");
        exports("contactHistory", """
                SELECT id, event_id, change_kind, field, old_value, new_value, actor, changed_at
                FROM contact_history WHERE contact_id = :contact ORDER BY id""");
        erases("contact_history", "DELETE FROM contact_history WHERE contact_id = :contact");
        erases("contact_email", "DELETE FROM contact_email WHERE contact_id = :contact");
        erases("contact", """
                UPDATE contact SET name = NULL, phone = NULL, country = NULL, language = NULL, custom_fields = NULL,
                       consent = FALSE, consent_text = NULL, consent_at = NULL, unsubscribed = TRUE, telegram_user_id = NULL,
                       updated_at = CURRENT_TIMESTAMP, version = version + 1
                WHERE id = :contact""");
    }
}
