package com.leadwire.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.SequenceIds;

/**
 * Finds or creates the contact of each event in a batch, inside the caller's transaction.
 * The unique index on {@code contact_email.email} is what keeps one contact per e-mail across
 * nodes: a concurrent insert of the same e-mail fails the batch, and its retry finds the
 * winner. Within one node the intake writers are partitioned by e-mail, so they never race.
 */
@Component
public class ContactResolver {

    private final ContactRows rows;
    private final SequenceIds ids;
    private final ApplicationEventPublisher events;

    ContactResolver(ContactRows rows, SequenceIds ids, ApplicationEventPublisher events) {
        this.rows = rows;
        this.ids = ids;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<ResolvedContact> resolve(List<ContactIntake> intakes) {
        Instant now = Instant.now();
        Map<String, ContactRow> ownerByEmail = rows.ownersOf(intakes.stream().map(i -> i.details().email()).distinct().toList());

        Map<Long, ContactRow> created = new LinkedHashMap<>();
        Map<Long, ContactRow> changed = new LinkedHashMap<>();
        List<ContactRows.HistoryEntry> history = new ArrayList<>();
        List<Object> domainEvents = new ArrayList<>();
        List<ResolvedContact> resolved = new ArrayList<>(intakes.size());

        for (ContactIntake intake : intakes) {
            ContactDetails details = intake.details();
            ContactRow owner = ownerByEmail.get(details.email());
            if (owner == null) {
                ContactRow row = ContactRow.createdFrom(ids.next("contact_seq"), details, intake.sourceKey(), now);
                ownerByEmail.put(details.email(), row);
                created.put(row.id, row);
                history.add(new ContactRows.HistoryEntry(row.id, intake.eventId(), "CREATED", "email", null, details.email(), intake.actor()));
                domainEvents.add(new ContactCreated(row.id, details.email(), intake.eventId(), intake.imported()));
                resolved.add(new ResolvedContact(row.id, details.email(), row.name, row.language, true));
                continue;
            }
            List<ContactRow.FieldChange> changes = owner.fillEmptyFrom(details, now);
            if (!changes.isEmpty()) {
                if (!created.containsKey(owner.id)) {
                    changed.put(owner.id, owner);
                }
                changes.forEach(change -> history.add(new ContactRows.HistoryEntry(
                        owner.id, intake.eventId(), "UPDATED", change.field(), change.oldValue(), change.newValue(), intake.actor())));
                domainEvents.add(new ContactUpdated(owner.id, intake.eventId(), changes.stream().map(ContactRow.FieldChange::field).toList()));
            }
            resolved.add(new ResolvedContact(owner.id, details.email(), owner.name, owner.language, false));
        }

        rows.insert(created.values(), now, ids);
        rows.update(changed.values());
        rows.insertHistory(history, now, ids);
        domainEvents.forEach(events::publishEvent);
        return resolved;
    }
}
