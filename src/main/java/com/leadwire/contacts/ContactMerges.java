package com.leadwire.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.SequenceIds;

/**
 * Merging two contacts by hand, and undoing it. The survivor ({@code into}) keeps, field by field,
 * the value the admin chose; the other ({@code from}) gives it its e-mails, history, consent and
 * the rows of {@link ContactLinkedRows} (deals), and is retired, not deleted. The merge records
 * both before-images and every moved row, so its undo can restore both contacts.
 */
@Service
public class ContactMerges {

    private static final Logger log = LoggerFactory.getLogger(ContactMerges.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Contacts contacts;
    private final ContactImage images;
    private final MergeRecords records;
    private final ContactRows rows;
    private final List<ContactLinkedRows> linked;
    private final SequenceIds ids;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactMerges(NamedParameterJdbcTemplate jdbc, Contacts contacts, ContactImage images, MergeRecords records, ContactRows rows,
                  List<ContactLinkedRows> linked, SequenceIds ids, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.images = images;
        this.records = records;
        this.rows = rows;
        this.linked = linked;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MergePreview preview(long into, long from) {
        ContactView survivor = active(into, "into");
        ContactView retired = active(from, "from");
        if (into == from) {
            throw new InvalidInputException("from", "a contact cannot be merged into itself");
        }
        List<MergePreview.FieldChoice> fields = new ArrayList<>();
        Map<String, String> intoValues = choosable(survivor);
        Map<String, String> fromValues = choosable(retired);
        Set<String> names = new LinkedHashSet<>(intoValues.keySet());
        names.addAll(fromValues.keySet());
        for (String field : names) {
            String intoValue = intoValues.get(field);
            String fromValue = fromValues.get(field);
            if (fromValue != null && !fromValue.equals(intoValue)) {
                fields.add(new MergePreview.FieldChoice(field, intoValue, fromValue, intoValue == null ? MergeSide.FROM : MergeSide.INTO));
            }
        }
        return new MergePreview(survivor, retired, fields);
    }

    /** Merges {@code from} into {@code into}; {@code keep} overrides the preview's choice for the fields it names. */
    @Transactional
    public ContactMergeView merge(long into, long from, Map<String, MergeSide> keep, String actor) {
        if (into == from) {
            throw new InvalidInputException("from", "a contact cannot be merged into itself");
        }
        // lock in id order, so two merges of the same pair cannot deadlock
        Map<String, String> first = locked(Math.min(into, from));
        Map<String, String> second = locked(Math.max(into, from));
        Map<String, String> intoBefore = into < from ? first : second;
        Map<String, String> fromBefore = into < from ? second : first;
        MergePreview preview = preview(into, from);
        Set<String> choosable = new LinkedHashSet<>(preview.fields().stream().map(MergePreview.FieldChoice::field).toList());
        keep.keySet().stream().filter(field -> !choosable.contains(field) && !isField(field)).findFirst().ifPresent(field -> {
            throw new InvalidInputException("keep." + field, "unknown field '" + field + "'; fields: " + String.join(", ", ContactImage.FIELDS)
                    + " and fields.<custom field>");
        });

        Map<String, String> intoAfter = new LinkedHashMap<>(intoBefore);
        Map<String, String> kept = new LinkedHashMap<>();
        for (MergePreview.FieldChoice choice : preview.fields()) {
            MergeSide side = keep.getOrDefault(choice.field(), choice.kept());
            kept.put(choice.field(), side.json());
            intoAfter.put(choice.field(), side == MergeSide.FROM ? choice.fromValue() : choice.intoValue());
        }
        moveConsent(fromBefore, intoAfter);
        if (Boolean.parseBoolean(fromBefore.get("unsubscribed"))) {
            intoAfter.put("unsubscribed", "true");
        }

        Instant now = clock.instant();
        long mergeId = ids.next("contact_merge_seq");
        Map<String, List<Long>> moved = new LinkedHashMap<>();
        moved.put(MergeRecords.EMAIL, moveOwn("contact_email", from, into));
        jdbc.update("UPDATE contact_email SET is_primary = FALSE WHERE contact_id = :into AND id IN (:ids)",
                new MapSqlParameterSource("into", into).addValue("ids", withNone(moved.get(MergeRecords.EMAIL))));
        moved.put(MergeRecords.HISTORY, moveOwn("contact_history", from, into));
        linked.forEach(rowsOfOthers -> moved.put(rowsOfOthers.kind(), rowsOfOthers.moveAll(from, into)));
        images.write(into, intoAfter, now);
        jdbc.update("UPDATE contact SET merged_into = :into, updated_at = :now, version = version + 1 WHERE id = :from",
                new MapSqlParameterSource("into", into).addValue("from", from).addValue("now", java.sql.Timestamp.from(now)));
        records.insert(new MergeRecords.Stored(mergeId, into, from, intoBefore, fromBefore, intoAfter, kept, actor, now, null, null, moved));
        rows.insertHistory(List.of(
                new ContactRows.HistoryEntry(into, null, "MERGED", null, String.valueOf(from), String.valueOf(mergeId), actor),
                new ContactRows.HistoryEntry(from, null, "RETIRED", null, String.valueOf(mergeId), String.valueOf(into), actor)), now, ids);
        events.publishEvent(new ContactsMerged(mergeId, into, from, actor));
        log.info("Contact merge {}: contact {} merged into contact {} by {}, moved {}", mergeId, from, into, actor, counts(moved));
        return find(mergeId);
    }

    /**
     * Undoes a merge: the retired contact is back with its own values, e-mails, history and rows;
     * the survivor gets its own values back, except fields changed since the merge. 409 when the
     * merge was undone already, or the survivor has since been merged into another contact.
     */
    @Transactional
    public MergeUndone undo(long mergeId, String actor) {
        MergeRecords.Stored merge = records.find(mergeId, true).orElseThrow(() -> new NotFoundException("no contact merge " + mergeId));
        if (merge.undoneAt() != null) {
            throw new ConflictException("contact merge " + mergeId + " was undone already, on " + merge.undoneAt() + " by " + merge.undoneBy());
        }
        Map<String, String> intoNow = locked(merge.into());
        locked(merge.from());
        ContactView survivor = contacts.findById(merge.into()).orElseThrow();
        if (survivor.mergedInto() != null) {
            throw new ConflictException("contact " + merge.into() + " has since been merged into contact " + survivor.mergedInto()
                    + "; undo that merge first");
        }
        Instant now = clock.instant();
        List<Long> emails = merge.moved().getOrDefault(MergeRecords.EMAIL, List.of());
        jdbc.update("""
                UPDATE contact_email SET contact_id = :from, is_primary = (email = :primary)
                WHERE contact_id = :into AND id IN (:ids)""", new MapSqlParameterSource("from", merge.from()).addValue("into", merge.into())
                .addValue("primary", Objects.requireNonNullElse(merge.fromBefore().get(ContactImage.PRIMARY_EMAIL), ""))
                .addValue("ids", withNone(emails)));
        jdbc.update("UPDATE contact_history SET contact_id = :from WHERE contact_id = :into AND id IN (:ids)",
                new MapSqlParameterSource("from", merge.from()).addValue("into", merge.into())
                        .addValue("ids", withNone(merge.moved().getOrDefault(MergeRecords.HISTORY, List.of()))));
        Map<String, List<Long>> stayedRows = new LinkedHashMap<>();
        for (ContactLinkedRows rowsOfOthers : linked) {
            rowsOfOthers.moveBack(merge.moved().getOrDefault(rowsOfOthers.kind(), List.of()), merge.into(), merge.from());
            stayedRows.put(rowsOfOthers.kind(), rowsOfOthers.addedSince(merge.into(), merge.mergedAt()));
        }
        List<String> keptFields = new ArrayList<>();
        images.write(merge.into(), restored(merge.intoBefore(), merge.intoAfter(), intoNow, keptFields), now);
        images.write(merge.from(), merge.fromBefore(), now);
        jdbc.update("UPDATE contact SET merged_into = NULL WHERE id = :from", Map.of("from", merge.from()));
        records.markUndone(mergeId, actor, now);
        rows.insertHistory(List.of(
                new ContactRows.HistoryEntry(merge.into(), null, "UNMERGED", null, String.valueOf(merge.from()), String.valueOf(mergeId), actor),
                new ContactRows.HistoryEntry(merge.from(), null, "UNMERGED", null, String.valueOf(merge.into()), String.valueOf(mergeId), actor)),
                now, ids);
        List<String> stayedEmails = jdbc.queryForList("""
                SELECT email FROM contact_email WHERE contact_id = :into AND created_at > :since ORDER BY id""",
                new MapSqlParameterSource("into", merge.into()).addValue("since", java.sql.Timestamp.from(merge.mergedAt())), String.class);
        events.publishEvent(new ContactsMergeUndone(mergeId, merge.into(), merge.from(), actor));
        log.info("Contact merge {} undone by {}: contacts {} and {} restored; on contact {} stayed {} e-mails, {} and fields {}", mergeId,
                actor, merge.into(), merge.from(), merge.into(), stayedEmails.size(), counts(stayedRows), keptFields);
        return new MergeUndone(find(mergeId), stayedEmails, stayedRows, keptFields);
    }

    @Transactional(readOnly = true)
    public ContactMergeView find(long mergeId) {
        return view(records.find(mergeId, false).orElseThrow(() -> new NotFoundException("no contact merge " + mergeId)));
    }

    /** The merges a contact took part in, on either side, newest first. */
    @Transactional(readOnly = true)
    public List<ContactMergeView> ofContact(long contactId) {
        return records.ofContact(contactId).stream().map(this::view).toList();
    }

    /**
     * A field of the survivor gets its value from before the merge back, unless it changed after
     * the merge (then the newer value stays, and the field is named in {@code kept}).
     */
    private static Map<String, String> restored(Map<String, String> before, Map<String, String> after, Map<String, String> now,
                                                List<String> kept) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        fields.addAll(now.keySet());
        Map<String, String> restored = new LinkedHashMap<>();
        for (String field : fields) {
            if (Objects.equals(now.get(field), after.get(field))) {
                restored.put(field, before.get(field));
            } else {
                restored.put(field, now.get(field));
                kept.add(field);
            }
        }
        return restored;
    }

    /** Consent moves to the survivor when only the retired contact had given it. */
    private static void moveConsent(Map<String, String> from, Map<String, String> into) {
        if (Boolean.parseBoolean(from.get("consent")) && !Boolean.parseBoolean(into.get("consent"))) {
            into.put("consent", "true");
            into.put("consentText", from.get("consentText"));
            into.put("consentAt", from.get("consentAt"));
        }
    }

    private List<Long> moveOwn(String table, long from, long into) {
        List<Long> moved = jdbc.queryForList("SELECT id FROM " + table + " WHERE contact_id = :from ORDER BY id", Map.of("from", from),
                Long.class);
        jdbc.update("UPDATE " + table + " SET contact_id = :into WHERE contact_id = :from", Map.of("into", into, "from", from));
        return moved;
    }

    private Map<String, String> locked(long contactId) {
        Map<String, String> image = images.readLocked(contactId);
        if (image == null) {
            throw new NotFoundException("no contact " + contactId);
        }
        return image;
    }

    private ContactView active(long id, String side) {
        ContactView contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("no contact " + id));
        if (contact.mergedInto() != null) {
            throw new ConflictException("contact " + id + " (" + side + ") was merged into contact " + contact.mergedInto() + " already");
        }
        return contact;
    }

    /** The values an admin chooses between: the fixed fields and the custom fields, non-empty ones only. */
    private static Map<String, String> choosable(ContactView contact) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", contact.name());
        values.put("phone", contact.phone());
        values.put("country", contact.country());
        values.put("language", contact.language());
        values.put("telegramUserId", contact.telegramUserId() == null ? null : String.valueOf(contact.telegramUserId()));
        contact.customFields().forEach((name, value) -> values.put(ContactImage.CUSTOM + name, value));
        values.values().removeIf(value -> value == null || value.isBlank());
        return values;
    }

    private static boolean isField(String field) {
        return ContactImage.FIELDS.contains(field) || field.startsWith(ContactImage.CUSTOM) && field.length() > ContactImage.CUSTOM.length();
    }

    private ContactMergeView view(MergeRecords.Stored merge) {
        List<Long> emailIds = merge.moved().getOrDefault(MergeRecords.EMAIL, List.of());
        List<String> emails = emailIds.isEmpty() ? List.of() : jdbc.queryForList(
                "SELECT email FROM contact_email WHERE id IN (:ids) ORDER BY id", Map.of("ids", emailIds), String.class);
        Map<String, List<Long>> movedRows = new LinkedHashMap<>(merge.moved());
        movedRows.remove(MergeRecords.EMAIL);
        movedRows.remove(MergeRecords.HISTORY);
        Map<String, MergeSide> keep = new LinkedHashMap<>();
        merge.kept().forEach((field, side) -> keep.put(field, MergeSide.valueOf(side.toUpperCase(Locale.ROOT))));
        return new ContactMergeView(merge.id(), merge.into(), merge.from(), keep, emails, movedRows, merge.mergedBy(), merge.mergedAt(),
                merge.undoneBy(), merge.undoneAt());
    }

    /** An IN list that is never empty (no row has id -1). */
    private static Collection<Long> withNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static Map<String, Integer> counts(Map<String, List<Long>> rowsByKind) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rowsByKind.forEach((kind, rowIds) -> counts.put(kind, rowIds.size()));
        return counts;
    }
}
