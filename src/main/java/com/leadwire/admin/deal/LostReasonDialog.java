package com.leadwire.admin.deal;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks why a deal (or the board's selected deals) was lost before it is marked so; a reason is required. */
public final class LostReasonDialog extends Dialog {

    private static final int MAX_REASON = 500;

    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();

    /** {@code lost}: what marks the deals lost, given the reason. */
    public LostReasonDialog(String title, String confirmText, Consumer<String> lost) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("dealpage.lost.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setRequired(true);
        reason.setWidth("28em");
        add(reason);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("dealpage.lost.reason.required"));
                return;
            }
            close();
            lost.accept(reason.getValue());
        });
        getFooter().add(new Button(getTranslation("dealpage.cancel"), click -> close()), confirm);
    }

    public TextArea reason() {
        return reason;
    }

    public Button confirm() {
        return confirm;
    }
}
