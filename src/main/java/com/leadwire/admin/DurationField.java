package com.leadwire.admin;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** "After": a number and a unit, written as the ISO-8601 duration rules store (PT30S, PT2H, P5D). */
public class DurationField extends HorizontalLayout {

    public enum Unit {
        SECONDS("PT", "S", 1), MINUTES("PT", "M", 60), HOURS("PT", "H", 3600), DAYS("P", "D", 86400);

        private final String prefix;
        private final String suffix;
        private final long seconds;

        Unit(String prefix, String suffix, long seconds) {
            this.prefix = prefix;
            this.suffix = suffix;
            this.seconds = seconds;
        }
    }

    public final IntegerField amount = new IntegerField();
    public final Select<Unit> unit = new Select<>();

    public DurationField(String label) {
        setPadding(false);
        amount.setLabel(label);
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        amount.setWidth("8em");
        unit.setLabel(getTranslation("rules.after.unit"));
        unit.setItems(List.of(Unit.values()));
        SelectLabels.label(unit, choice -> getTranslation("rules.after.unit." + choice.name()));
        unit.setValue(Unit.DAYS);
        add(amount, unit);
    }

    /** The ISO-8601 text, or null when no amount is given. */
    public String iso() {
        if (amount.getValue() == null || unit.getValue() == null) {
            return null;
        }
        return unit.getValue().prefix + amount.getValue() + unit.getValue().suffix;
    }

    /** Shows a stored duration in the largest unit that divides it. */
    public void setIso(String iso) {
        Duration duration;
        try {
            duration = iso == null ? null : Duration.parse(iso);
        } catch (RuntimeException notADuration) {
            duration = null;
        }
        if (duration == null) {
            amount.clear();
            unit.setValue(Unit.DAYS);
            return;
        }
        long seconds = duration.getSeconds();
        for (Unit candidate : List.of(Unit.DAYS, Unit.HOURS, Unit.MINUTES, Unit.SECONDS)) {
            if (seconds % candidate.seconds == 0) {
                amount.setValue((int) (seconds / candidate.seconds));
                unit.setValue(candidate);
                return;
            }
        }
    }
}
