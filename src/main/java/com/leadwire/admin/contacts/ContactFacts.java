package com.leadwire.admin.contacts;

import com.leadwire.admin.Badges;
import com.leadwire.admin.PanelTimes;
import com.leadwire.contacts.ContactView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** Who the contact is: name, every e-mail (the primary marked) and phone, country, language, source, consent and status. */
class ContactFacts extends VerticalLayout {

    final Div emails = new Div();

    ContactFacts(ContactView contact) {
        setPadding(false);
        setSpacing(false);
        add(new H2(contact.name() == null ? contact.primaryEmail() == null ? "#" + contact.id() : contact.primaryEmail() : contact.name()));
        if (contact.mergedInto() != null) {
            add(new Div(Badges.warning(getTranslation("contacts.retired")),
                    new RouterLink(getTranslation("contacts.retired.into", contact.mergedInto()), ContactDetailView.class,
                            ContactDetailView.of(contact.mergedInto()))));
        }
        emails.setId("contact-emails");
        contact.emails().forEach(email -> emails.add(new Div(new Anchor("mailto:" + email, email),
                new Span(email.equals(contact.primaryEmail()) ? " · " + getTranslation("contacts.email.primary") : ""))));
        add(fact("contacts.emails", emails));
        if (contact.phone() != null) {
            add(fact("contacts.phone", new Anchor("tel:" + contact.phone(), contact.phone())));
        }
        add(fact("contacts.country", text(contact.country())));
        add(fact("contacts.language", text(contact.language())));
        add(fact("contacts.source", text(contact.sourceKey())));
        contact.customFields().forEach((name, value) -> add(labelled(name, new Span(value))));
        add(fact("contacts.consent", new Span(contact.consent()
                ? getTranslation("contacts.consent.given", PanelTimes.shortDateTime(contact.consentAt(), getLocale()),
                        contact.consentText() == null ? "" : contact.consentText())
                : getTranslation("contacts.no"))));
        add(fact("contacts.unsubscribed", new Span(getTranslation(contact.unsubscribed() ? "contacts.yes" : "contacts.no"))));
        add(fact("contacts.created", new Span(PanelTimes.shortDateTime(contact.createdAt(), getLocale()))));
    }

    private Span text(String value) {
        return new Span(value == null ? "–" : value);
    }

    private Component fact(String labelKey, Component value) {
        return labelled(getTranslation(labelKey), value);
    }

    private static Component labelled(String label, Component value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(name, value);
    }
}
