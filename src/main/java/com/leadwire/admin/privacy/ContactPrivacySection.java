package com.leadwire.admin.privacy;

import java.util.Optional;

import org.springframework.core.annotation.Order;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.admin.contacts.ContactPageSection;
import com.leadwire.contacts.ContactView;
import com.leadwire.privacy.ContactExports;
import com.leadwire.privacy.Erasures;
import com.leadwire.privacy.Unsubscribes;
import com.vaadin.flow.component.Component;

/**
 * The privacy part of a contact's page: unsubscribe from marketing e-mail, download everything held
 * on the contact, erase it. Each calls the same service as its API endpoint. Not shown for a contact
 * merged into another (its page points to the survivor, whose section acts for both).
 */
@org.springframework.stereotype.Component
@Order(900)
class ContactPrivacySection implements ContactPageSection {

    private final Unsubscribes unsubscribes;
    private final ContactExports exports;
    private final Erasures erasures;
    private final ObjectMapper json;

    ContactPrivacySection(Unsubscribes unsubscribes, ContactExports exports, Erasures erasures, ObjectMapper json) {
        this.unsubscribes = unsubscribes;
        this.exports = exports;
        this.erasures = erasures;
        this.json = json;
    }

    @Override
    public Optional<Component> render(ContactView contact, String actor, Runnable refresh) {
        if (contact.mergedInto() != null) {
            return Optional.empty();
        }
        return Optional.of(new ContactPrivacyPanel(contact, actor, refresh, unsubscribes, exports, erasures, json));
    }
}
