package com.leadwire.admin.contacts;

import java.util.LinkedHashMap;
import java.util.Map;

import com.leadwire.contacts.ContactMergeView;
import com.leadwire.contacts.ContactMerges;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.MergePreview;
import com.leadwire.contacts.MergeSide;
import com.leadwire.shared.ConflictException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The preview of a merge, field by field: for each field whose values differ the admin chooses
 * the value the surviving contact keeps; confirming merges, through the service the API uses.
 */
class MergeDialog extends Dialog {

    private static final String CUSTOM = "fields.";

    final Map<String, RadioButtonGroup<MergeSide>> choices = new LinkedHashMap<>();
    final Button confirm = new Button();

    MergeDialog(ContactMerges merges, MergePreview preview, String actor, Runnable refresh) {
        setHeaderTitle(getTranslation("contacts.merge.title", name(preview.from()), name(preview.into())));
        add(new Paragraph(getTranslation("contacts.merge.intro")));
        add(new Paragraph(getTranslation("contacts.merge.moves", String.join(", ", preview.from().emails()))));
        if (preview.fields().isEmpty()) {
            add(new Paragraph(getTranslation("contacts.merge.noChoices")));
        }
        for (MergePreview.FieldChoice field : preview.fields()) {
            RadioButtonGroup<MergeSide> choice = new RadioButtonGroup<>(label(field.field()));
            choice.setItems(MergeSide.INTO, MergeSide.FROM);
            choice.setItemLabelGenerator(side -> side == MergeSide.INTO ? shown(field.intoValue()) : shown(field.fromValue()));
            choice.setValue(field.kept());
            choices.put(field.field(), choice);
            add(choice);
        }
        confirm.setText(getTranslation("contacts.merge.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            Map<String, MergeSide> keep = new LinkedHashMap<>();
            choices.forEach((name, group) -> keep.put(name, group.getValue()));
            try {
                ContactMergeView merged = merges.merge(preview.into().id(), preview.from().id(), keep, actor);
                Notification.show(getTranslation("contacts.merge.done", merged.movedEmails().size(),
                        merged.movedRows().getOrDefault("DEAL", java.util.List.of()).size()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ConflictException changed) {
                Notification.show(getTranslation("contacts.merge.changedMeanwhile"), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            close();
            refresh.run();
        });
        getFooter().add(new Button(getTranslation("contacts.cancel"), click -> close()), confirm);
    }

    /** A fixed field in the reader's language; a custom field by its name. */
    private String label(String field) {
        return field.startsWith(CUSTOM) ? field.substring(CUSTOM.length()) : getTranslation("contacts.field." + field);
    }

    private String shown(String value) {
        return value == null ? getTranslation("contacts.merge.empty") : value;
    }

    private static String name(ContactView contact) {
        return contact.name() == null ? contact.primaryEmail() : contact.name();
    }
}
