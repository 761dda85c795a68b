package com.leadwire.admin.contacts;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import com.leadwire.admin.MainLayout;
import com.leadwire.contacts.ContactEmails;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.Deals;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * One contact: its facts (all e-mails and phones, consent, source), a field to add an e-mail, its
 * deals, its timeline, and the sections of {@link ContactPageSection} beans: duplicate candidates
 * with the merge, the merges with their undo, and what other features add.
 */
@Route(value = "contacts/:contactId(\\d+)", layout = MainLayout.class)
@PageTitle("Leadwire – Contact")
@RolesAllowed("ADMIN")
public class ContactDetailView extends VerticalLayout implements BeforeEnterObserver {

    private static final String ID = "contactId";

    private final Contacts contacts;
    private final Deals deals;
    private final ContactEmails emails;
    private final ObjectProvider<ContactPageSection> sections;
    private final AuthenticationContext authentication;

    ContactDetailView(Contacts contacts, Deals deals, ContactEmails emails, ObjectProvider<ContactPageSection> sections,
                      AuthenticationContext authentication) {
        this.contacts = contacts;
        this.deals = deals;
        this.emails = emails;
        this.sections = sections;
        this.authentication = authentication;
        setMaxWidth("70em");
    }

    /** The route parameters of a contact's page, for {@code navigate} and {@link RouterLink}. */
    public static RouteParameters of(long contactId) {
        return new RouteParameters(ID, String.valueOf(contactId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getRouteParameters().getLong(ID).orElse(0L));
    }

    void render(long contactId) {
        removeAll();
        add(new RouterLink(getTranslation("contacts.back"), ContactsView.class));
        contacts.findById(contactId).ifPresentOrElse(this::show,
                () -> add(new H2(getTranslation("contacts.missing", String.valueOf(contactId)))));
    }

    private void show(ContactView contact) {
        String actor = "panel:" + authentication.getPrincipalName().orElse("?");
        Runnable refresh = () -> render(contact.id());
        add(new ContactFacts(contact));
        if (contact.mergedInto() == null) {
            add(new ContactEmailForm(emails, contact.id(), actor, refresh));
        }
        add(new ContactDeals(deals.forContact(contact.id())));
        add(new ContactTimeline(contacts.history(contact.id())));
        List<ContactPageSection> extra = sections.orderedStream().toList();
        extra.forEach(section -> section.render(contact, actor, refresh).ifPresent(this::add));
    }
}
