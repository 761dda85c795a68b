package com.leadwire.automation.sequences;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * A person's follow-ups and each of their e-mails (address, subject); erased, they go (their step
 * timers go with the deal's timers), so no further follow-up e-mail reaches them.
 */
@Component
class SequencesPersonalData extends PersonalRows {

    private static final String FOLLOW_UPS = "FROM follow_up WHERE contact_id IN (:contacts) OR deal_id IN (:deals)";

    SequencesPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("followUps", "SELECT * " + FOLLOW_UPS + " ORDER BY id");
        exports("followUpEmails", "SELECT * FROM follow_up_email WHERE follow_up_id IN (SELECT id " + FOLLOW_UPS + ")"
                + " ORDER BY follow_up_id, step");
        erases("follow_up_email", "DELETE FROM follow_up_email WHERE follow_up_id IN (SELECT id " + FOLLOW_UPS + ")");
        erases("follow_up", "DELETE " + FOLLOW_UPS);
    }
}
