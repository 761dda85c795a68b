package com.leadwire.leads.groups;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/** A person's places in lead groups, with the copies of name, e-mail, product and country taken at entry; erased, they go. */
@Component
class LeadsPersonalData extends PersonalRows {

    private static final String MEMBERS = "FROM lead_member WHERE contact_id IN (:contacts) OR deal_id IN (:deals)";

    LeadsPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("leadGroups", "SELECT * " + MEMBERS + " ORDER BY entered_at, group_id");
        erases("lead_member", "DELETE " + MEMBERS);
    }
}
