package com.leadwire.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.JsonFields;
import com.leadwire.shared.Like;

/** Reading contacts: by id, by any of their e-mails, a searched and filtered page, their history. */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private static final String SELECT = """
            SELECT c.id, c.name, c.phone, c.country, c.language, c.custom_fields, c.consent, c.consent_text, c.consent_at,
                   c.unsubscribed, c.telegram_user_id, c.created_at, c.updated_at, c.source_key, c.merged_into
            FROM contact c""";
    /** A phone search needs this many digits; fewer would match most numbers. */
    private static final int MIN_PHONE_DIGITS = 4;
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()./ -]+");

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonFields json;

    Contacts(NamedParameterJdbcTemplate jdbc, JsonFields json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Also a retired (merged-away) contact, which says where it went in {@link ContactView#mergedInto()}. */
    public Optional<ContactView> findById(long id) {
        return views(SELECT + " WHERE c.id = :id", new MapSqlParameterSource("id", id)).stream().findFirst();
    }

    /** The contact and every contact merged into it, directly or through another merged one (the contact first). */
    public List<Long> withRetiredInto(long contactId) {
        List<Long> all = new ArrayList<>(List.of(contactId));
        List<Long> frontier = List.of(contactId);
        while (!frontier.isEmpty()) {
            frontier = jdbc.queryForList("SELECT id FROM contact WHERE merged_into IN (:ids)", new MapSqlParameterSource("ids", frontier),
                    Long.class).stream().filter(id -> !all.contains(id)).toList();
            all.addAll(frontier);
        }
        return all;
    }

    public List<ContactView> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : views(SELECT + " WHERE c.id IN (:ids) ORDER BY c.id", new MapSqlParameterSource("ids", ids));
    }

    /** Any e-mail the contact owns finds it; the address is normalised first. */
    public Optional<ContactView> findByEmail(String email) {
        String normalised = EmailAddress.parse(email).value();
        return views(SELECT + " JOIN contact_email e ON e.contact_id = c.id WHERE e.email = :email",
                new MapSqlParameterSource("email", normalised)).stream().findFirst();
    }

    public Optional<ContactView> findByTelegramUser(long telegramUserId) {
        return views(SELECT + " WHERE c.telegram_user_id = :tg AND c.merged_into IS NULL ORDER BY c.id",
                new MapSqlParameterSource("tg", telegramUserId)).stream().findFirst();
    }

    /** A page of the contacts {@code search} finds, newest first, with the size of the whole list. */
    public ContactPage search(ContactSearch search, int page, int size) {
        List<ContactView> items = list(search, page * size, size);
        // a first page that is not full is the whole list: no second scan to count it
        long total = page == 0 && items.size() < size ? items.size() : count(search);
        return new ContactPage(items, page, size, total);
    }

    public List<ContactView> list(ContactSearch search, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        return views(SELECT + where(search, params) + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset", params);
    }

    public long count(ContactSearch search) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact c" + where(search, params), params, Long.class);
    }

    /** What changed on the contact, newest first: created, fields an intake filled, e-mails added, merges. */
    public List<ContactHistoryEntry> history(long contactId) {
        return jdbc.query("""
                SELECT change_kind, field, old_value, new_value, actor, changed_at, event_id FROM contact_history
                WHERE contact_id = :id ORDER BY changed_at DESC, id DESC""", Map.of("id", contactId), (rs, n) -> {
            long event = rs.getLong("event_id");
            return new ContactHistoryEntry(rs.getString("change_kind"), rs.getString("field"), rs.getString("old_value"),
                    rs.getString("new_value"), rs.getString("actor"), instant(rs.getTimestamp("changed_at")), rs.wasNull() ? null : event);
        });
    }

    /** Name, or the primary e-mail for contacts without one, by contact id. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("""
                SELECT c.id, COALESCE(c.name, e.email) FROM contact c
                LEFT JOIN contact_email e ON e.contact_id = c.id AND e.is_primary = TRUE
                WHERE c.id IN (:ids)""", Map.of("ids", ids), rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    /**
     * The contacts whose name or one of whose e-mails contains {@code text} (ignoring case), for a
     * search over deals: every match, so a short text on a large base is a long list.
     */
    public List<Long> idsMatching(String text) {
        String pattern = "%" + Like.escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.queryForList("""
                SELECT id FROM contact WHERE LOWER(name) LIKE :pattern
                UNION SELECT contact_id FROM contact_email WHERE email LIKE :pattern""", Map.of("pattern", pattern), Long.class);
    }

    /** The WHERE clause of a search, its values bound in {@code params}; never text of the search itself. */
    private static String where(ContactSearch search, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("c.merged_into IS NULL", "c.erased_at IS NULL"));
        String text = search.text() == null ? "" : search.text().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            // e-mails match from their start, so the unique index finds them; names (and phones) anywhere
            params.addValue("pattern", "%" + Like.escape(text) + "%").addValue("emailStart", Like.escape(text) + "%");
            String digits = text.replaceAll("[^0-9]", "");
            String phone = "";
            if (PHONE_LIKE.matcher(text).matches() && digits.length() >= MIN_PHONE_DIGITS) {
                phone = " OR c.phone LIKE :phone";
                params.addValue("phone", "%" + digits + "%");
            }
            conditions.add("(LOWER(c.name) LIKE :pattern" + phone
                    + " OR c.id IN (SELECT e.contact_id FROM contact_email e WHERE e.email LIKE :emailStart))");
        }
        if (search.sourceKey() != null) {
            conditions.add("c.source_key = :source");
            params.addValue("source", search.sourceKey());
        }
        if (search.country() != null) {
            conditions.add("c.country = :country");
            params.addValue("country", search.country().toUpperCase(Locale.ROOT));
        }
        if (search.consent() != null) {
            conditions.add("c.consent = :consent");
            params.addValue("consent", search.consent());
        }
        if (search.unsubscribed() != null) {
            conditions.add("c.unsubscribed = :unsubscribed");
            params.addValue("unsubscribed", search.unsubscribed());
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    /** The contacts a query selects, each with its e-mails, read in one more query for all of them. */
    private List<ContactView> views(String sql, MapSqlParameterSource params) {
        List<ContactView> rows = jdbc.query(sql, params, this::toView);
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> emails = new HashMap<>();
        jdbc.query("SELECT contact_id, email FROM contact_email WHERE contact_id IN (:ids) ORDER BY is_primary DESC, id",
                Map.of("ids", rows.stream().map(ContactView::id).toList()),
                rs -> {
                    emails.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(row -> withEmails(row, emails.getOrDefault(row.id(), List.of()))).toList();
    }

    private static ContactView withEmails(ContactView row, List<String> emails) {
        return new ContactView(row.id(), emails.isEmpty() ? null : emails.get(0), List.copyOf(emails), row.name(), row.phone(),
                row.country(), row.language(), row.customFields(), row.consent(), row.consentText(), row.consentAt(),
                row.unsubscribed(), row.telegramUserId(), row.createdAt(), row.updatedAt(), row.sourceKey(), row.mergedInto());
    }

    private ContactView toView(ResultSet rs, int rowNum) throws SQLException {
        long telegram = rs.getLong("telegram_user_id");
        Long telegramUserId = rs.wasNull() ? null : telegram;
        long mergedInto = rs.getLong("merged_into");
        Long retiredInto = rs.wasNull() ? null : mergedInto;
        return new ContactView(rs.getLong("id"), null, List.of(),
                rs.getString("name"), rs.getString("phone"), rs.getString("country"), rs.getString("language"),
                json.read(rs.getString("custom_fields")), rs.getBoolean("consent"), rs.getString("consent_text"),
                instant(rs.getTimestamp("consent_at")), rs.getBoolean("unsubscribed"), telegramUserId,
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getString("source_key"), retiredInto);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
