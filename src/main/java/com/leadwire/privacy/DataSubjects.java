package com.leadwire.privacy;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.intake.InboundEventLog;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.DataSubject;
import com.leadwire.shared.NotFoundException;

/** Who a contact is across the modules: its e-mails, deals, intake events and Telegram user. */
@Component
class DataSubjects {

    private final Contacts contacts;
    private final Deals deals;
    private final InboundEventLog events;

    DataSubjects(Contacts contacts, Deals deals, InboundEventLog events) {
        this.contacts = contacts;
        this.deals = deals;
        this.events = events;
    }

    /** 404 for an unknown contact; the contacts merged into it are the same person. */
    DataSubject of(long contactId) {
        contacts.findById(contactId).orElseThrow(() -> new NotFoundException("no contact " + contactId));
        List<ContactView> all = contacts.findAll(contacts.withRetiredInto(contactId));
        List<Long> ids = all.stream().map(ContactView::id).toList();
        return new DataSubject(contactId, ids, all.stream().flatMap(contact -> contact.emails().stream()).distinct().toList(),
                ids.stream().flatMap(id -> deals.forContact(id).stream()).map(DealView::id).distinct().toList(), events.idsOfContacts(ids),
                all.stream().map(ContactView::telegramUserId).filter(Objects::nonNull).toList());
    }
}
