package com.leadwire.admin.contacts;

import com.leadwire.contacts.ContactEmails;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;

/** Adds another e-mail to the contact, through the service the API uses; a refusal says why under the field. */
class ContactEmailForm extends HorizontalLayout {

    final EmailField email = new EmailField();
    final Button add = new Button();

    ContactEmailForm(ContactEmails emails, long contactId, String actor, Runnable refresh) {
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        email.setLabel(getTranslation("contacts.email.add.label"));
        email.setPlaceholder(getTranslation("contacts.email.add.placeholder"));
        add.setText(getTranslation("contacts.email.add"));
        add.addClickListener(click -> {
            try {
                emails.add(contactId, email.getValue(), actor);
                Notification.show(getTranslation("contacts.email.added", email.getValue().strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            } catch (InvalidInputException | ConflictException refused) {
                email.setInvalid(true);
                email.setErrorMessage(refused instanceof ConflictException
                        ? getTranslation("contacts.email.add.taken") : getTranslation("contacts.email.add.invalid"));
            }
        });
        add(email, add);
    }
}
