package com.leadwire.admin.privacy;

import com.leadwire.contacts.ContactView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Erasing cannot be undone, so the admin types the contact's e-mail (its id, when it has none)
 * before the erase button works.
 */
class EraseContactDialog extends Dialog {

    final TextField typed = new TextField();
    final Button confirm = new Button();

    EraseContactDialog(ContactView contact, Runnable erase) {
        String expected = contact.primaryEmail() != null ? contact.primaryEmail() : String.valueOf(contact.id());
        setHeaderTitle(getTranslation("privacy.erase.title"));
        typed.setLabel(getTranslation(contact.primaryEmail() != null ? "privacy.erase.typeEmail" : "privacy.erase.typeId", expected));
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        confirm.setText(getTranslation("privacy.section.erase"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        typed.addValueChangeListener(changed -> confirm.setEnabled(expected.equalsIgnoreCase(changed.getValue().strip())));
        confirm.addClickListener(click -> {
            close();
            erase.run();
        });
        add(new Paragraph(getTranslation("privacy.erase.text")), typed);
        getFooter().add(new Button(getTranslation("privacy.cancel"), click -> close()), confirm);
    }
}
