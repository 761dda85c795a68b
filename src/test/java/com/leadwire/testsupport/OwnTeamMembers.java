package com.leadwire.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The team members a test adds, switched off after it (straight in the table), so that they join
 * no other test's round-robin or team.
 */
public final class OwnTeamMembers {

    private final List<Long> ids = new ArrayList<>();

    public long add(long id) {
        ids.add(id);
        return id;
    }

    public void retire(JdbcTemplate jdbc) {
        ids.forEach(id -> jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", id));
        ids.clear();
    }
}
