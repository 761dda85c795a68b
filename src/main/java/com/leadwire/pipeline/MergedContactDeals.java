package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactLinkedRows;

/** A contact's deals follow it into a merge with another contact, and back out when the merge is undone. */
@Component
class MergedContactDeals implements ContactLinkedRows {

    private final NamedParameterJdbcTemplate jdbc;

    MergedContactDeals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "DEAL";
    }

    @Override
    public List<Long> moveAll(long from, long into) {
        List<Long> moved = jdbc.queryForList("SELECT id FROM deal WHERE contact_id = :from ORDER BY id", Map.of("from", from), Long.class);
        jdbc.update("UPDATE deal SET contact_id = :into, version = version + 1 WHERE contact_id = :from", Map.of("into", into, "from", from));
        return moved;
    }

    @Override
    public void moveBack(Collection<Long> ids, long from, long to) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE deal SET contact_id = :to, version = version + 1 WHERE contact_id = :from AND id IN (:ids)",
                    new MapSqlParameterSource("to", to).addValue("from", from).addValue("ids", ids));
        }
    }

    @Override
    public List<Long> addedSince(long contactId, Instant since) {
        return jdbc.queryForList("SELECT id FROM deal WHERE contact_id = :contact AND created_at > :since ORDER BY id",
                new MapSqlParameterSource("contact", contactId).addValue("since", Timestamp.from(since)), Long.class);
    }
}
