package com.leadwire.privacy;

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

    DataSubject of(long contactId) {
        ContactView contact = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("no contact " + contactId));
        return new DataSubject(contactId, contact.emails(), deals.forContact(contactId).stream().map(DealView::id).toList(),
                events.idsOfContact(contactId), contact.telegramUserId());
    }
}
