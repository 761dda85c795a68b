package com.leadwire.automation.timers;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/** The timers of a person's deals (follow-ups, idle reminders, task reminders); erased, they go, so none fires for them again. */
@Component
class TimersPersonalData extends PersonalRows {

    TimersPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("timers", "SELECT * FROM automation_timer WHERE deal_id IN (:deals) OR contact_id IN (:contacts) ORDER BY id");
        erasesFound("automation_timer", subject -> "SELECT id FROM automation_timer WHERE deal_id IN (:deals) OR contact_id IN (:contacts)",
                "DELETE FROM automation_timer WHERE id IN (:ids)");
    }
}
