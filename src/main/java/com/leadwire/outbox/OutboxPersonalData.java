package com.leadwire.outbox;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * The messages about a person: those of their deals and intake events, and any other that names
 * one of their e-mails (a contact's own rule e-mail, a webhook about them). Erased, they go, sent
 * or not: a message still waiting is then never sent.
 */
@Component
class OutboxPersonalData extends PersonalRows {

    OutboxPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("outboxMessages", subject -> """
                SELECT id, channel, recipient, payload, status, attempts, last_error, deal_id, event_id, created_at, sent_at
                FROM outbox_message WHERE\s""" + subject.sqlAboutDealsEventsOrEmailsIn("recipient", "payload") + " ORDER BY id");
        erasesFound("outbox_message", subject -> "SELECT id FROM outbox_message WHERE "
                + subject.sqlAboutDealsEventsOrEmailsIn("recipient", "payload"), "DELETE FROM outbox_message WHERE id IN (:ids)");
    }
}
