package com.leadwire.admin.fields;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** A choice field's options as rows to type in, add and remove; Enter in the last row adds the next. */
class OptionList extends VerticalLayout {

    /** One option: its text and a button that removes it. */
    final class OptionRow extends HorizontalLayout {

        final TextField text = new TextField();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        OptionRow(String option) {
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            text.setValue(option);
            text.setWidth("18em");
            text.addKeyPressListener(Key.ENTER, enter -> {
                if (optionRows().indexOf(this) == optionRows().size() - 1) {
                    addRow("").text.focus();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                rows.remove(this);
                renumber();
            });
            add(text, remove);
        }

        void number(int number) {
            text.setAriaLabel(getTranslation("fields.dialog.option", number));
            remove.setAriaLabel(getTranslation("fields.dialog.option.remove", number));
            remove.setTooltipText(getTranslation("fields.dialog.option.remove", number));
        }
    }

    final VerticalLayout rows = new VerticalLayout();
    final Button add = new Button(getTranslation("fields.dialog.option.add"), VaadinIcon.PLUS.create());
    final Span problem = new Span();

    OptionList() {
        setPadding(false);
        setSpacing(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Span title = new Span(getTranslation("fields.dialog.options"));
        title.getStyle().set("font-weight", "500").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Span help = new Span(getTranslation("fields.dialog.options.help"));
        help.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        problem.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> addRow("").text.focus());
        add(title, help, rows, problem, add);
    }

    OptionRow addRow(String option) {
        OptionRow row = new OptionRow(option);
        rows.add(row);
        renumber();
        return row;
    }

    List<OptionRow> optionRows() {
        return rows.getChildren().map(OptionRow.class::cast).toList();
    }

    /** The typed options; empty rows are left out. */
    List<String> value() {
        return optionRows().stream().map(row -> row.text.getValue()).filter(option -> !option.isBlank()).toList();
    }

    void setValue(List<String> options) {
        rows.removeAll();
        options.forEach(this::addRow);
        if (options.isEmpty()) {
            addRow("");
        }
    }

    /** A refusal of the options in words, or none. */
    void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    private void renumber() {
        List<OptionRow> all = optionRows();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number(i + 1);
        }
    }
}
