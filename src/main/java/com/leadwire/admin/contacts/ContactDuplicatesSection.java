package com.leadwire.admin.contacts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;

import com.leadwire.contacts.ContactDuplicates;
import com.leadwire.contacts.ContactMerges;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.DuplicateCandidate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The contacts that may be the same person, each with why, and a button to merge it into this one (after a preview). */
@org.springframework.stereotype.Component
@Order(10)
class ContactDuplicatesSection implements ContactPageSection {

    private final ContactDuplicates duplicates;
    private final ContactMerges merges;

    ContactDuplicatesSection(ContactDuplicates duplicates, ContactMerges merges) {
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @Override
    public Optional<Component> render(ContactView contact, String actor, Runnable refresh) {
        if (contact.mergedInto() != null) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setSpacing(false);
        section.setId("contact-duplicates");
        section.add(new H3(section.getTranslation("contacts.duplicates")));
        List<DuplicateCandidate> candidates = duplicates.of(contact.id());
        if (candidates.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("contacts.duplicates.none")));
        }
        candidates.forEach(candidate -> section.add(line(section, contact, candidate, actor, refresh)));
        return Optional.of(section);
    }

    private Div line(Component parent, ContactView contact, DuplicateCandidate candidate, String actor, Runnable refresh) {
        ContactView other = candidate.contact();
        String reasons = candidate.reasons().stream().map(reason -> parent.getTranslation("contacts.duplicates.reason." + reason.name()))
                .collect(Collectors.joining(", "));
        Button merge = new Button(parent.getTranslation("contacts.merge.open"),
                click -> new MergeDialog(merges, merges.preview(contact.id(), other.id()), actor, refresh).open());
        merge.addClassName("merge-candidate");
        String label = other.name() == null ? other.primaryEmail() : other.name() + " · " + other.primaryEmail();
        return new Div(new RouterLink(label, ContactDetailView.class, ContactDetailView.of(other.id())), new Span(" · " + reasons + " "), merge);
    }
}
