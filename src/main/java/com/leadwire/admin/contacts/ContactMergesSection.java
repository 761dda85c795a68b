package com.leadwire.admin.contacts;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;

import com.leadwire.admin.PanelTimes;
import com.leadwire.contacts.ContactMergeView;
import com.leadwire.contacts.ContactMerges;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.MergeUndone;
import com.leadwire.shared.ConflictException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The merges this contact took part in, each undoable once (asked again first); the undo says what stayed where. */
@org.springframework.stereotype.Component
@Order(20)
class ContactMergesSection implements ContactPageSection {

    private final ContactMerges merges;

    ContactMergesSection(ContactMerges merges) {
        this.merges = merges;
    }

    @Override
    public Optional<Component> render(ContactView contact, String actor, Runnable refresh) {
        List<ContactMergeView> ofContact = merges.ofContact(contact.id());
        return ofContact.isEmpty() ? Optional.empty() : Optional.of(new MergeHistory(ofContact, actor, refresh));
    }

    private final class MergeHistory extends VerticalLayout {

        MergeHistory(List<ContactMergeView> ofContact, String actor, Runnable refresh) {
            setPadding(false);
            setSpacing(false);
            setId("contact-merges");
            add(new H3(getTranslation("contacts.merges")));
            ofContact.forEach(merge -> add(line(merge, actor, refresh)));
        }

        private Div line(ContactMergeView merge, String actor, Runnable refresh) {
            Div line = new Div(new Span(getTranslation("contacts.merges.line", merge.from(), merge.into(),
                    PanelTimes.shortDateTime(merge.mergedAt(), getLocale()), merge.mergedBy())));
            if (merge.undoneAt() != null) {
                line.add(new Span(" · " + getTranslation("contacts.merges.undone",
                        PanelTimes.shortDateTime(merge.undoneAt(), getLocale()), merge.undoneBy())));
                return line;
            }
            Button undo = new Button(getTranslation("contacts.merges.undo"), click -> new ConfirmDialog(
                    getTranslation("contacts.merges.undo.title"), getTranslation("contacts.merges.undo.text", merge.from(), merge.into()),
                    getTranslation("contacts.merges.undo"), confirmed -> undo(merge, actor, refresh),
                    getTranslation("contacts.cancel"), cancelled -> { }).open());
            undo.addClassName("merge-undo");
            line.add(new Span(" "), undo);
            return line;
        }

        private void undo(ContactMergeView merge, String actor, Runnable refresh) {
            try {
                MergeUndone undone = merges.undo(merge.id(), actor);
                int stayedRows = undone.stayedRows().values().stream().mapToInt(List::size).sum();
                String stayed = undone.stayedEmails().isEmpty() && stayedRows == 0 && undone.keptFields().isEmpty()
                        ? getTranslation("contacts.merges.undone.nothingStayed")
                        : getTranslation("contacts.merges.undone.stayed", merge.into(), undone.stayedEmails().size(), stayedRows,
                                undone.keptFields().isEmpty() ? "–" : String.join(", ", undone.keptFields()));
                Notification.show(getTranslation("contacts.merges.undone.done", merge.from()) + " " + stayed, 10000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ConflictException refused) {
                Notification.show(getTranslation("contacts.merges.undo.refused"), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh.run();
        }
    }
}
