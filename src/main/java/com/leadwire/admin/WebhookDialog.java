package com.leadwire.admin;

import java.util.Optional;
import java.util.function.Consumer;

import com.leadwire.automation.webhooks.WebhookDraft;
import com.leadwire.automation.webhooks.WebhookEvent;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Writes a webhook subscription: where it goes, which events, and whether it is active. */
class WebhookDialog extends Dialog {

    final TextField url = new TextField(getTranslation("webhooks.url"));
    final TextField name = new TextField(getTranslation("webhooks.name"));
    final TextArea description = new TextArea(getTranslation("webhooks.description"));
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>(getTranslation("webhooks.events"));
    final Checkbox active = new Checkbox(getTranslation("webhooks.active"));
    final Button save = new Button(getTranslation("webhooks.save"));
    final Button cancel = new Button(getTranslation("webhooks.cancel"));

    /**
     * @param editing the subscription to change, or empty for a new one
     * @param saving  saves the draft; throws {@link InvalidInputException} when a field is wrong, which the dialog then shows
     */
    WebhookDialog(Optional<WebhookSubscriptionView> editing, Consumer<WebhookDraft> saving) {
        setHeaderTitle(getTranslation(editing.isPresent() ? "webhooks.edit.title" : "webhooks.new.title"));
        url.setPlaceholder("https://");
        url.setHelperText(getTranslation("webhooks.url.help"));
        url.setWidthFull();
        name.setWidthFull();
        description.setWidthFull();
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(event -> getTranslation("webhooks.event." + event.name()));
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        active.setValue(true);
        editing.ifPresent(subscription -> {
            url.setValue(subscription.url());
            name.setValue(subscription.name() == null ? "" : subscription.name());
            description.setValue(subscription.description() == null ? "" : subscription.description());
            events.setValue(subscription.events());
            active.setValue(subscription.active());
        });

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            clearProblems();
            try {
                saving.accept(new WebhookDraft(name.getValue(), description.getValue(), url.getValue(), events.getValue(),
                        active.getValue()));
                close();
            } catch (InvalidInputException invalid) {
                show(invalid);
            }
        });
        cancel.addClickListener(click -> close());
        VerticalLayout form = new VerticalLayout(url, name, description, events, active);
        form.setPadding(false);
        form.setWidth("36em");
        add(form);
        getFooter().add(cancel, save);
    }

    private void clearProblems() {
        url.setInvalid(false);
        events.setInvalid(false);
        name.setInvalid(false);
        description.setInvalid(false);
    }

    /** The refusal on its field, in the reader's language where the panel knows the case. */
    private void show(InvalidInputException invalid) {
        switch (invalid.field() == null ? "" : invalid.field()) {
            case "events" -> invalid(events, getTranslation("webhooks.error.events"));
            case "name" -> invalid(name, invalid.getMessage());
            case "description" -> invalid(description, invalid.getMessage());
            default -> invalid(url, invalid.getMessage().contains("private or loopback")
                    ? getTranslation("webhooks.error.private") : getTranslation("webhooks.error.url", invalid.getMessage()));
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
