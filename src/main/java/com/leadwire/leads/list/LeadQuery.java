package com.leadwire.leads.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.leadwire.leads.Lead;
import com.leadwire.leads.LeadEmailStatus;
import com.leadwire.leads.LeadFilter;
import com.leadwire.leads.LeadFollowUpStatus;
import com.leadwire.leads.LeadSort;
import com.leadwire.shared.Like;

/**
 * The lead list in SQL: lead_member, which holds the copied name, e-mail, product and country so
 * that the list filters and sorts on one table, joined with what changes after entry: the
 * follow-up (automation.sequences' follow_up and its latest follow_up_email) and the deal
 * (pipeline's deal and its stage), read only here and only to show them. A count joins only the
 * tables its filter needs.
 */
@Repository
public class LeadQuery {

    /** Rows fetched at a time when the whole list is streamed (CSV), so that MariaDB does not hold it in memory. */
    private static final int STREAM_FETCH = 500;

    private static final String MEMBERS = " FROM lead_member m";
    // every join is a LEFT JOIN with lead_member first, so that MariaDB reads lead_member in the
    // order's index and stops at the page; an inner join to the three groups made it start from them
    // and sort the whole list (2.4 s for the first page of 100k leads)
    private static final String GROUP = " LEFT JOIN lead_group g ON g.id = m.group_id";
    private static final String FOLLOW_UP = " LEFT JOIN follow_up f ON f.id = m.follow_up_id";
    private static final String LATEST_EMAIL = " LEFT JOIN follow_up_email e ON e.follow_up_id = m.follow_up_id"
            + " AND e.step = (SELECT MAX(x.step) FROM follow_up_email x WHERE x.follow_up_id = m.follow_up_id)";
    private static final String DEAL = " LEFT JOIN deal d ON d.id = m.deal_id LEFT JOIN stage s ON s.id = d.stage_id";
    private static final String PROCESSED = "(COALESCE(d.payment_status, '') = 'SUCCEEDED' OR COALESCE(s.kind, '') = 'WON')";
    private static final String SELECT = "SELECT m.group_id, g.name AS group_name, m.contact_id, m.deal_id, m.follow_up_id, m.entered_at,"
            + " m.name, m.email, m.product, m.country, f.id AS follow_up, f.status AS follow_up_status, f.stop_reason,"
            + " e.status AS email_status, CASE WHEN " + PROCESSED + " THEN 1 ELSE 0 END AS processed"
            + MEMBERS + GROUP + FOLLOW_UP + LATEST_EMAIL + DEAL;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;

    LeadQuery(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(STREAM_FETCH);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
    }

    public List<Lead> list(LeadFilter filter, LeadSort sort, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(SELECT + where(filter, params) + orderBy(sort) + " LIMIT :limit OFFSET :offset", params, LeadQuery::lead);
    }

    public long count(LeadFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String joins = (filter.followUpStatus() != null ? FOLLOW_UP : "") + (filter.emailStatus() != null ? LATEST_EMAIL : "")
                + (filter.processedOrder() != null ? DEAL : "");
        return jdbc.queryForObject("SELECT COUNT(*)" + MEMBERS + joins + where(filter, params), params, Long.class);
    }

    /** Every lead the filter finds, in order, one at a time. */
    public void forEach(LeadFilter filter, LeadSort sort, Consumer<Lead> each) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        streaming.query(SELECT + where(filter, params) + orderBy(sort), params, rs -> {
            each.accept(lead(rs, 0));
        });
    }

    /** The groups' names by id, in name order, for a filter's choices. */
    public Map<Long, String> groupNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM lead_group ORDER BY name", Map.of(), rs -> {
            names.put(rs.getLong("id"), rs.getString("name"));
        });
        return names;
    }

    /** The WHERE clause, its values bound in {@code params}; never text of the filter itself. */
    private static String where(LeadFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        contains(conditions, params, "name", filter.name());
        contains(conditions, params, "email", filter.email());
        contains(conditions, params, "product", filter.product());
        if (filter.country() != null) {
            conditions.add("m.country = :country");
            params.addValue("country", filter.country().toUpperCase(Locale.ROOT));
        }
        ZoneId zone = ZoneId.systemDefault();
        if (filter.from() != null) {
            conditions.add("m.entered_at >= :from");
            params.addValue("from", startOf(filter.from(), zone));
        }
        if (filter.to() != null) {
            conditions.add("m.entered_at < :to");
            params.addValue("to", startOf(filter.to().plusDays(1), zone));
        }
        if (filter.groupId() != null) {
            conditions.add("m.group_id = :group");
            params.addValue("group", filter.groupId());
        }
        if (filter.followUpStatus() != null) {
            if (filter.followUpStatus() == LeadFollowUpStatus.NONE) {
                conditions.add("f.id IS NULL");
            } else {
                conditions.add("f.status = :followUpStatus");
                params.addValue("followUpStatus", filter.followUpStatus().name());
            }
        }
        if (filter.emailStatus() != null) {
            if (filter.emailStatus() == LeadEmailStatus.NONE) {
                conditions.add("e.status IS NULL");
            } else {
                conditions.add("e.status = :emailStatus");
                params.addValue("emailStatus", filter.emailStatus().name());
            }
        }
        if (filter.processedOrder() != null) {
            conditions.add(filter.processedOrder() ? PROCESSED : "NOT " + PROCESSED);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void contains(List<String> conditions, MapSqlParameterSource params, String column, String text) {
        if (text != null) {
            conditions.add("LOWER(m." + column + ") LIKE :" + column);
            params.addValue(column, "%" + Like.escape(text.toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /** The column, then the date of entry and the key, all one way: the indexes of V164 and V111 read in this order. */
    private static String orderBy(LeadSort sort) {
        String direction = sort.descending() ? " DESC" : " ASC";
        String column = switch (sort.column()) {
            case DATE -> null;
            case NAME -> "m.name";
            case EMAIL -> "m.email";
            case PRODUCT -> "m.product";
            case COUNTRY -> "m.country";
        };
        return " ORDER BY " + (column == null ? "" : column + direction + ", ") + "m.entered_at" + direction + ", m.group_id" + direction
                + ", m.contact_id" + direction;
    }

    private static Lead lead(ResultSet rs, int row) throws SQLException {
        rs.getLong("follow_up");
        boolean noFollowUp = rs.wasNull();
        String emailStatus = rs.getString("email_status");
        long followUpId = rs.getLong("follow_up_id");
        Long followUp = rs.wasNull() ? null : followUpId;
        return new Lead(rs.getString("name"), rs.getString("email"), rs.getTimestamp("entered_at").toInstant(), rs.getString("product"),
                rs.getString("country"), rs.getString("group_name"),
                noFollowUp ? LeadFollowUpStatus.NONE : LeadFollowUpStatus.valueOf(rs.getString("follow_up_status")),
                rs.getString("stop_reason"), emailStatus == null ? LeadEmailStatus.NONE : LeadEmailStatus.valueOf(emailStatus),
                rs.getInt("processed") == 1, rs.getLong("contact_id"), rs.getLong("deal_id"), rs.getLong("group_id"), followUp);
    }
}
