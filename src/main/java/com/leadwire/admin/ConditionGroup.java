package com.leadwire.admin;

import java.util.List;

import com.leadwire.automation.Condition;
import com.leadwire.fields.CustomField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** "All of these" or "Any of these": rows of conditions, added and removed one by one. */
class ConditionGroup extends VerticalLayout {

    final VerticalLayout rows = new VerticalLayout();
    final Span none = new Span();
    final Button add = new Button(VaadinIcon.PLUS.create());

    private final List<CustomField> dealFields;

    ConditionGroup(String title, String help, String whenNone, List<CustomField> dealFields) {
        this.dealFields = dealFields;
        setPadding(false);
        setSpacing(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Span explanation = new Span(help);
        explanation.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        none.setText(whenNone);
        none.getStyle().set("color", "var(--lumo-tertiary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add.setText(getTranslation("rules.condition.add"));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow());
        add(new H4(title), explanation, rows, none, add);
        showNone();
    }

    ConditionRow addRow() {
        ConditionRow row = new ConditionRow(dealFields, removed -> {
            rows.remove(removed);
            showNone();
        });
        rows.add(row);
        showNone();
        return row;
    }

    List<ConditionRow> conditionRows() {
        return rows.getChildren().map(ConditionRow.class::cast).toList();
    }

    List<Condition> value() {
        return conditionRows().stream().map(ConditionRow::value).toList();
    }

    void setValue(List<Condition> conditions) {
        rows.removeAll();
        conditions.forEach(condition -> addRow().setValue(condition));
        showNone();
    }

    private void showNone() {
        none.setVisible(rows.getComponentCount() == 0);
    }
}
