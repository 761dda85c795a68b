package com.leadwire.admin.contacts;

import java.util.Optional;

import com.leadwire.contacts.ContactView;
import com.vaadin.flow.component.Component;

/**
 * A part of a contact's page that another feature adds (for example unsubscribe, export and
 * erase). Declare it as a Spring bean; the page shows every section in {@code @Order} order,
 * below the contact's own facts, deals and timeline, and builds them anew each time it shows the
 * contact (also a retired one: {@link ContactView#mergedInto()} is then set).
 */
public interface ContactPageSection {

    /**
     * The section for this contact, or empty to show nothing.
     *
     * @param actor the person at the panel as the history names them ({@code panel:<username>})
     * @param refresh shows the contact's page again, after a change the section made
     */
    Optional<Component> render(ContactView contact, String actor, Runnable refresh);
}
