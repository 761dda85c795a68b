package com.leadwire.admin.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.contacts.ContactView;
import com.leadwire.privacy.ContactExports;
import com.leadwire.privacy.ErasureRecord;
import com.leadwire.privacy.Erasures;
import com.leadwire.privacy.Unsubscribes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A contact's privacy actions on their page: unsubscribe (confirmed), export (a JSON download), erase (typed confirmation). */
class ContactPrivacyPanel extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final Button unsubscribe = new Button();
    final Anchor export = new Anchor();
    final Button erase = new Button();

    private final ContactView contact;
    private final String actor;
    private final Runnable refresh;
    private final Unsubscribes unsubscribes;
    private final Erasures erasures;

    ContactPrivacyPanel(ContactView contact, String actor, Runnable refresh, Unsubscribes unsubscribes, ContactExports exports,
                        Erasures erasures, ObjectMapper json) {
        this.contact = contact;
        this.actor = actor;
        this.refresh = refresh;
        this.unsubscribes = unsubscribes;
        this.erasures = erasures;
        setPadding(false);
        add(new H3(getTranslation("privacy.section.title")));
        if (erasures.isErased(contact.id())) {
            status.setText(getTranslation("privacy.section.erased"));
            add(status);
            return;
        }
        status.setText(getTranslation(contact.unsubscribed() ? "privacy.section.unsubscribed" : "privacy.section.subscribed"));
        unsubscribe.setText(getTranslation("privacy.section.unsubscribe"));
        unsubscribe.setEnabled(!contact.unsubscribed());
        unsubscribe.addClickListener(click -> confirmUnsubscribe());
        export.setHref(exportJson(exports, json));
        export.getElement().setAttribute("download", true);
        Button download = new Button(getTranslation("privacy.section.export"), VaadinIcon.DOWNLOAD.create());
        download.setTooltipText(getTranslation("privacy.section.export.help"));
        export.add(download);
        erase.setText(getTranslation("privacy.section.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> new EraseContactDialog(contact, this::erase).open());
        add(status, new HorizontalLayout(unsubscribe, export, erase));
    }

    private DownloadHandler exportJson(ContactExports exports, ObjectMapper json) {
        return event -> {
            event.setFileName("contact-" + contact.id() + ".json");
            event.setContentType("application/json;charset=UTF-8");
            json.writerWithDefaultPrettyPrinter().writeValue(event.getOutputStream(), exports.export(contact.id(), actor));
        };
    }

    private void confirmUnsubscribe() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("privacy.unsubscribe.confirm.title"),
                getTranslation("privacy.unsubscribe.confirm.text"), getTranslation("privacy.section.unsubscribe"),
                confirmed -> {
                    unsubscribes.unsubscribe(contact.id(), actor);
                    Notification.show(getTranslation("privacy.unsubscribe.confirmed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh.run();
                }, getTranslation("privacy.cancel"), cancelled -> { });
        confirm.open();
    }

    void erase() {
        ErasureRecord erased = erasures.erase(contact.id(), actor);
        Notification.show(getTranslation("privacy.erase.done", erased.id())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("contacts");
    }
}
