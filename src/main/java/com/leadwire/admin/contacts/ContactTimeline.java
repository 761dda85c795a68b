package com.leadwire.admin.contacts;

import java.util.List;

import com.leadwire.admin.PanelTimes;
import com.leadwire.contacts.ContactHistoryEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What happened to the contact, newest first: created, fields filled by an intake, e-mails added, merges and their undoing. */
class ContactTimeline extends VerticalLayout {

    ContactTimeline(List<ContactHistoryEntry> history) {
        setPadding(false);
        setSpacing(false);
        setId("contact-timeline");
        add(new H3(getTranslation("contacts.timeline")));
        history.forEach(entry -> add(line(entry)));
    }

    private Div line(ContactHistoryEntry entry) {
        Span when = new Span(PanelTimes.shortDateTime(entry.at(), getLocale()) + " · ");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        String what = getTranslation("contacts.history." + entry.kind(), entry.field() == null ? "" : entry.field(),
                entry.oldValue() == null ? "–" : entry.oldValue(), entry.newValue() == null ? "–" : entry.newValue());
        return new Div(when, new Span(what), new Span(" (" + entry.actor() + ")"));
    }
}
