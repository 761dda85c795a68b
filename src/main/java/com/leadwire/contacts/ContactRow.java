package com.leadwire.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A contact as the batched intake write sees it: the fields an event may fill. */
final class ContactRow {

    final long id;
    String primaryEmail;
    String name;
    String phone;
    String country;
    String language;
    Map<String, String> customFields = new LinkedHashMap<>();
    boolean consent;
    String consentText;
    Instant consentAt;
    Long telegramUserId;
    String sourceKey;
    Instant updatedAt;

    ContactRow(long id) {
        this.id = id;
    }

    record FieldChange(String field, String oldValue, String newValue) {
    }

    static ContactRow createdFrom(long id, ContactDetails details, String sourceKey, Instant now) {
        ContactRow row = new ContactRow(id);
        row.primaryEmail = details.email();
        row.sourceKey = sourceKey;
        row.fillEmptyFrom(details, now);
        return row;
    }

    /** Fills what is still empty; never overwrites what a person or earlier event set. */
    List<FieldChange> fillEmptyFrom(ContactDetails details, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        fill("name", name, details.name(), v -> name = v, changes);
        fill("phone", phone, details.phone(), v -> phone = v, changes);
        fill("country", country, details.country(), v -> country = v, changes);
        fill("language", language, details.language(), v -> language = v, changes);
        details.customFields().forEach((key, value) -> fill("fields." + key, customFields.get(key), value,
                v -> customFields.put(key, v), changes));
        if (details.consent() != null && !consent) {
            consent = true;
            consentText = details.consent().text();
            consentAt = details.consent().at() == null ? now : details.consent().at();
            changes.add(new FieldChange("consent", "false", "true"));
        }
        if (details.telegramUserId() != null && telegramUserId == null) {
            telegramUserId = details.telegramUserId();
            changes.add(new FieldChange("telegramUserId", null, String.valueOf(telegramUserId)));
        }
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    private static void fill(String field, String current, String offered, Consumer<String> setter, List<FieldChange> changes) {
        if ((current == null || current.isBlank()) && offered != null && !offered.isBlank()) {
            setter.accept(offered);
            changes.add(new FieldChange(field, current, offered));
        }
    }
}
