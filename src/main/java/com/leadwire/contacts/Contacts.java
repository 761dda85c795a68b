package com.leadwire.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.JsonFields;
import com.leadwire.shared.Like;

/** Reading contacts: by id, by any of their e-mails, or a page of the newest. */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private static final String SELECT = """
            SELECT c.id, c.name, c.phone, c.country, c.language, c.custom_fields, c.consent, c.consent_text, c.consent_at,
                   c.unsubscribed, c.telegram_user_id, c.created_at, c.updated_at
            FROM contact c""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonFields json;

    Contacts(NamedParameterJdbcTemplate jdbc, JsonFields json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ContactView> findById(long id) {
        return jdbc.query(SELECT + " WHERE c.id = :id", Map.of("id", id), this::toView).stream().findFirst();
    }

    /** Any e-mail the contact owns finds it; the address is normalised first. */
    public Optional<ContactView> findByEmail(String email) {
        String normalised = EmailAddress.parse(email).value();
        return jdbc.query(SELECT + " JOIN contact_email e ON e.contact_id = c.id WHERE e.email = :email",
                Map.of("email", normalised), this::toView).stream().findFirst();
    }

    public Optional<ContactView> findByTelegramUser(long telegramUserId) {
        return jdbc.query(SELECT + " WHERE c.telegram_user_id = :tg ORDER BY c.id", Map.of("tg", telegramUserId), this::toView)
                .stream().findFirst();
    }

    public List<ContactView> newest(int limit, int offset) {
        return jdbc.query(SELECT + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset",
                Map.of("limit", limit, "offset", offset), this::toView);
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
        String pattern = "%" + Like.escape(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.queryForList("""
                SELECT id FROM contact WHERE LOWER(name) LIKE :pattern
                UNION SELECT contact_id FROM contact_email WHERE email LIKE :pattern""", Map.of("pattern", pattern), Long.class);
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact", Map.of(), Long.class);
    }

    private ContactView toView(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        List<String> emails = jdbc.queryForList(
                "SELECT email FROM contact_email WHERE contact_id = :id ORDER BY is_primary DESC, id", Map.of("id", id), String.class);
        long telegram = rs.getLong("telegram_user_id");
        Long telegramUserId = rs.wasNull() ? null : telegram;
        return new ContactView(id, emails.isEmpty() ? null : emails.get(0), List.copyOf(emails),
                rs.getString("name"), rs.getString("phone"), rs.getString("country"), rs.getString("language"),
                json.read(rs.getString("custom_fields")), rs.getBoolean("consent"), rs.getString("consent_text"),
                instant(rs.getTimestamp("consent_at")), rs.getBoolean("unsubscribed"), telegramUserId,
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
