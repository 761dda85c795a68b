package com.leadwire.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.JsonFields;

/**
 * A contact's own values as one flat map (field → text, null when empty), the form in which a
 * merge records its before-images and chooses field by field: {@link #FIELDS}, the consent and
 * unsubscribe status, the primary e-mail and {@code fields.<name>} for custom fields.
 */
@Component
class ContactImage {

    /** The fields an admin chooses between in a merge, besides the custom fields. */
    static final List<String> FIELDS = List.of("name", "phone", "country", "language", "telegramUserId");
    static final String CUSTOM = "fields.";
    static final String PRIMARY_EMAIL = "primaryEmail";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonFields json;

    ContactImage(NamedParameterJdbcTemplate jdbc, JsonFields json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The contact's values, its row locked until the transaction ends. */
    Map<String, String> readLocked(long contactId) {
        Map<String, String> image = jdbc.query("""
                SELECT c.name, c.phone, c.country, c.language, c.telegram_user_id, c.consent, c.consent_text, c.consent_at,
                       c.unsubscribed, c.custom_fields
                FROM contact c WHERE c.id = :id FOR UPDATE""", Map.of("id", contactId), rs -> {
            if (!rs.next()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", rs.getString("name"));
            values.put("phone", rs.getString("phone"));
            values.put("country", rs.getString("country"));
            values.put("language", rs.getString("language"));
            values.put("telegramUserId", rs.getString("telegram_user_id"));
            values.put("consent", String.valueOf(rs.getBoolean("consent")));
            values.put("consentText", rs.getString("consent_text"));
            Timestamp consentAt = rs.getTimestamp("consent_at");
            values.put("consentAt", consentAt == null ? null : consentAt.toInstant().toString());
            values.put("unsubscribed", String.valueOf(rs.getBoolean("unsubscribed")));
            values.put(PRIMARY_EMAIL, null);
            json.read(rs.getString("custom_fields")).forEach((name, value) -> values.put(CUSTOM + name, value));
            return values;
        });
        if (image != null) {
            jdbc.queryForList("SELECT email FROM contact_email WHERE contact_id = :id AND is_primary = TRUE", Map.of("id", contactId),
                    String.class).stream().findFirst().ifPresent(email -> image.put(PRIMARY_EMAIL, email));
        }
        return image;
    }

    /** Writes the values back (all but the primary e-mail, which is a row of its own). */
    void write(long contactId, Map<String, String> image, Instant now) {
        Map<String, String> custom = new LinkedHashMap<>();
        image.forEach((field, value) -> {
            if (field.startsWith(CUSTOM) && value != null) {
                custom.put(field.substring(CUSTOM.length()), value);
            }
        });
        String consentAt = image.get("consentAt");
        String telegram = image.get("telegramUserId");
        jdbc.update("""
                UPDATE contact SET name = :name, phone = :phone, country = :country, language = :language, telegram_user_id = :telegram,
                       consent = :consent, consent_text = :consentText, consent_at = :consentAt, unsubscribed = :unsubscribed,
                       custom_fields = :fields, updated_at = :now, version = version + 1
                WHERE id = :id""", new MapSqlParameterSource("id", contactId)
                .addValue("name", image.get("name"))
                .addValue("phone", image.get("phone"))
                .addValue("country", image.get("country"))
                .addValue("language", image.get("language"))
                .addValue("telegram", telegram == null ? null : Long.valueOf(telegram))
                .addValue("consent", Boolean.parseBoolean(image.get("consent")))
                .addValue("consentText", image.get("consentText"))
                .addValue("consentAt", consentAt == null ? null : Timestamp.from(Instant.parse(consentAt)))
                .addValue("unsubscribed", Boolean.parseBoolean(image.get("unsubscribed")))
                .addValue("fields", json.write(custom))
                .addValue("now", Timestamp.from(now)));
    }
}
