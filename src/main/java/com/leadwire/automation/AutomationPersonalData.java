package com.leadwire.automation;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * The rule firings about a person (their detail quotes what the conditions saw: e-mails, names) and
 * the rules' e-mails held back for them; erased, they go (a held e-mail is then never sent).
 */
@Component
class AutomationPersonalData extends PersonalRows {

    AutomationPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("ruleFirings", "SELECT * FROM rule_firing WHERE deal_id IN (:deals) OR contact_id IN (:contacts) ORDER BY id");
        erases("rule_firing", "DELETE FROM rule_firing WHERE deal_id IN (:deals) OR contact_id IN (:contacts)");
        exports("heldEmails", "SELECT * FROM held_email WHERE deal_id IN (:deals) OR contact_id IN (:contacts) ORDER BY id");
        erases("held_email", "DELETE FROM held_email WHERE deal_id IN (:deals) OR contact_id IN (:contacts)");
    }
}
