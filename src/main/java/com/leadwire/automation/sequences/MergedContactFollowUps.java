package com.leadwire.automation.sequences;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactColumnRows;

/**
 * A contact's follow-ups follow it into a merge, as its deals do: the survivor's unsubscribe then
 * stops them too. The undo moves them back.
 */
@Component
class MergedContactFollowUps extends ContactColumnRows {

    MergedContactFollowUps(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "FOLLOW_UP", "follow_up", "started_at", "");
    }
}
