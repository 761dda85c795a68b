package com.leadwire.admin;

import com.leadwire.automation.AutomationSwitch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The global on/off of automated sending, with who turned it and when. Turning it off asks
 * first, because what comes due meanwhile is never sent.
 */
class AutomationSwitchBar extends HorizontalLayout {

    final Span state = new Span();
    final Span changed = new Span();
    final Button turn = new Button();

    private final AutomationSwitch automation;
    private final String actor;

    AutomationSwitchBar(AutomationSwitch automation, String actor) {
        this.automation = automation;
        this.actor = actor;
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        state.getStyle().set("font-weight", "600");
        changed.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        turn.addClickListener(click -> {
            if (automation.isOn()) {
                confirmOff();
            } else {
                show(automation.turn(true, actor));
            }
        });
        add(state, changed, turn);
        expand(changed);
        show(automation.state());
    }

    private void confirmOff() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("rules.switch.off.title"), getTranslation("rules.switch.off.text"),
                getTranslation("rules.switch.off.confirm"), confirmed -> show(automation.turn(false, actor)),
                getTranslation("rules.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void show(AutomationSwitch.State current) {
        state.setText(getTranslation(current.enabled() ? "rules.switch.on" : "rules.switch.off"));
        state.getStyle().set("color", current.enabled() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        String since = PanelTimes.shortDateTime(current.changedAt(), getLocale());
        changed.setText(current.changedBy() == null ? getTranslation("rules.switch.since", since)
                : getTranslation("rules.switch.changed", current.changedBy(), since));
        turn.setText(getTranslation(current.enabled() ? "rules.switch.turnOff" : "rules.switch.turnOn"));
        turn.getThemeNames().clear();
        turn.addThemeVariants(current.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    }
}
