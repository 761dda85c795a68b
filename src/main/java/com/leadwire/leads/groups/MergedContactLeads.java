package com.leadwire.leads.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactLinkedRows;

/**
 * A contact's places in lead groups follow it into a merge, as its deals and follow-ups do, so the
 * survivor enters no group twice. A lead_member row is named by its group: where both contacts were
 * in one group, the survivor's place stays and the retired contact keeps its own (the merge's undo
 * then has nothing to move back for it).
 */
@Component
class MergedContactLeads implements ContactLinkedRows {

    private final NamedParameterJdbcTemplate jdbc;

    MergedContactLeads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "LEAD_MEMBER";
    }

    @Override
    public List<Long> moveAll(long from, long into) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("into", into);
        List<Long> groups = jdbc.queryForList("""
                SELECT group_id FROM lead_member m WHERE contact_id = :from
                AND NOT EXISTS (SELECT 1 FROM lead_member s WHERE s.contact_id = :into AND s.group_id = m.group_id) ORDER BY group_id""",
                params, Long.class);
        moveBack(groups, from, into);
        return groups;
    }

    @Override
    public void moveBack(Collection<Long> groupIds, long from, long to) {
        if (!groupIds.isEmpty()) {
            jdbc.update("UPDATE lead_member SET contact_id = :to WHERE contact_id = :from AND group_id IN (:groups)",
                    new MapSqlParameterSource("to", to).addValue("from", from).addValue("groups", groupIds));
        }
    }

    @Override
    public List<Long> addedSince(long contactId, Instant since) {
        return jdbc.queryForList("SELECT group_id FROM lead_member WHERE contact_id = :contact AND entered_at > :since ORDER BY entered_at",
                Map.of("contact", contactId, "since", Timestamp.from(since)), Long.class);
    }
}
