package com.leadwire.admin.sources;

import java.util.Arrays;
import java.util.List;

import com.leadwire.admin.SelectLabels;
import com.leadwire.forms.FormSettings;
import com.leadwire.forms.FormSettings.FieldType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** One input of a form, and the contact or deal field it fills. */
class FormFieldRow extends HorizontalLayout {

    final TextField name = new TextField();
    final TextField label = new TextField();
    final Select<FieldType> type = new Select<>();
    final Checkbox required = new Checkbox();
    final TextField options = new TextField();
    final Checkbox teamOptions = new Checkbox();
    final TextField value = new TextField();
    final ComboBox<String> fills;
    final Button remove = new Button(VaadinIcon.TRASH.create());
    private final String placeholder;

    FormFieldRow(FormSettings.Field field, String target, FieldTargets targets, Runnable onRemove) {
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        this.placeholder = field.placeholder();
        name.setLabel(getTranslation("sources.field.name"));
        name.setHelperText(getTranslation("sources.field.name.help"));
        name.setValue(field.name() == null ? "" : field.name());
        name.setWidth("10em");
        label.setLabel(getTranslation("sources.field.label"));
        label.setValue(field.label() == null ? "" : field.label());
        type.setLabel(getTranslation("sources.field.type"));
        type.setItems(FieldType.values());
        SelectLabels.label(type, kind -> getTranslation("sources.field.type." + kind));
        type.setValue(field.type());
        type.setWidth("9em");
        required.setLabel(getTranslation("sources.field.required"));
        required.setValue(field.required());
        options.setLabel(getTranslation("sources.field.options"));
        options.setHelperText(getTranslation("sources.field.options.help"));
        options.setValue(String.join(", ", field.options()));
        teamOptions.setLabel(getTranslation("sources.field.teamOptions"));
        teamOptions.setValue(field.optionsFrom() == FormSettings.OptionsSource.TEAM);
        value.setLabel(getTranslation("sources.field.value"));
        value.setValue(field.value() == null ? "" : field.value());
        fills = targets.comboBox(getTranslation("sources.field.fills"));
        fills.setPlaceholder(getTranslation("sources.field.fills.byName"));
        fills.setWidth("16em");
        FieldTargets.select(fills, target);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("sources.field.remove"));
        remove.setTooltipText(getTranslation("sources.field.remove"));
        remove.addClickListener(click -> onRemove.run());
        type.addValueChangeListener(change -> showTypeParts());
        teamOptions.addValueChangeListener(change -> showTypeParts());
        add(name, label, type, required, options, teamOptions, value, fills, remove);
        showTypeParts();
    }

    private void showTypeParts() {
        boolean select = type.getValue() == FieldType.SELECT;
        teamOptions.setVisible(select);
        options.setVisible(select && !teamOptions.getValue());
        value.setVisible(type.getValue() == FieldType.HIDDEN);
    }

    FormSettings.Field field() {
        boolean select = type.getValue() == FieldType.SELECT;
        boolean team = select && teamOptions.getValue();
        List<String> choices = select && !team ? Arrays.stream(options.getValue().split(",")).map(String::strip)
                .filter(option -> !option.isEmpty()).toList() : List.of();
        return new FormSettings.Field(name.getValue().strip(), blankToNull(label.getValue()), type.getValue(), required.getValue(),
                choices, team ? FormSettings.OptionsSource.TEAM : null,
                type.getValue() == FieldType.HIDDEN ? blankToNull(value.getValue()) : null, placeholder);
    }

    String target() {
        return blankToNull(fills.getValue());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
