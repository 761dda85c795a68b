package com.leadwire.admin;

import java.util.List;

import com.leadwire.automation.RuleAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A rule's actions in the order they run. */
class ActionList extends VerticalLayout {

    final VerticalLayout rows = new VerticalLayout();
    final Button add = new Button(getTranslation("rules.action.add"), VaadinIcon.PLUS.create());

    private final ActionChoices choices;

    ActionList(ActionChoices choices) {
        this.choices = choices;
        setPadding(false);
        rows.setPadding(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow());
        add(rows, add);
    }

    ActionRow addRow() {
        ActionRow row = new ActionRow(this, choices);
        rows.add(row);
        renumber();
        return row;
    }

    List<ActionRow> actionRows() {
        return rows.getChildren().map(ActionRow.class::cast).toList();
    }

    void move(ActionRow row, int by) {
        int to = rows.indexOf(row) + by;
        if (to >= 0 && to < rows.getComponentCount()) {
            rows.remove(row);
            rows.addComponentAtIndex(to, row);
            renumber();
        }
    }

    void remove(ActionRow row) {
        rows.remove(row);
        renumber();
    }

    List<RuleAction> value() {
        return actionRows().stream().map(ActionRow::value).toList();
    }

    void setValue(List<RuleAction> actions) {
        rows.removeAll();
        actions.forEach(action -> addRow().setValue(action));
    }

    private void renumber() {
        List<ActionRow> all = actionRows();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).place(i, all.size());
        }
    }
}
