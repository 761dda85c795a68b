package com.leadwire.tasks;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/** The tasks on a person's deals (their titles name the person); erased, they go (their reminder timers go with the deal's). */
@Component
class TasksPersonalData extends PersonalRows {

    TasksPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("tasks", "SELECT * FROM task WHERE deal_id IN (:deals) ORDER BY id");
        erases("task", "DELETE FROM task WHERE deal_id IN (:deals)");
    }
}
