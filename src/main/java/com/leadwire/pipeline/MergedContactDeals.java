package com.leadwire.pipeline;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactColumnRows;

/** A contact's deals follow it into a merge with another contact, and back out when the merge is undone. */
@Component
class MergedContactDeals extends ContactColumnRows {

    MergedContactDeals(NamedParameterJdbcTemplate jdbc) {
        super(jdbc, "DEAL", "deal", "created_at", ", version = version + 1");
    }
}
