package com.leadwire.admin.sources;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Something the admin pastes elsewhere (a snippet, a URL, a secret): read-only, with a button that copies it. */
public class CopyBox extends HorizontalLayout {

    public final TextArea text = new TextArea();
    public final Button copy = new Button();

    public CopyBox(String label, String value) {
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        text.setLabel(label);
        text.setValue(value);
        text.setReadOnly(true);
        text.setWidthFull();
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        copy.setText(getTranslation("sources.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        copy.getElement().setAttribute("aria-label", getTranslation("sources.copy.what", label));
        copy.addClickListener(click -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", text.getValue());
            Notification.show(getTranslation("sources.copied"), 2000, Notification.Position.BOTTOM_START);
        });
        add(text, copy);
        expand(text);
    }
}
