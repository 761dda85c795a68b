package com.leadwire.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.automation.Condition;
import com.leadwire.fields.CustomField;
import com.leadwire.fields.FieldType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One condition: [field | deal field name | operator | value | remove]. The fields are the built-in
 * ones, the catalogue's deal fields and any other deal field by name; a catalogue choice field is
 * compared with its options, picked rather than typed.
 */
class ConditionRow extends HorizontalLayout {

    /** The operators as a reader picks them: "is empty" and "is not empty" are two choices of one stored operator. */
    enum Operator {
        EQUALS, NOT_EQUALS, ONE_OF, CONTAINS, GREATER_THAN, LESS_THAN, IS_EMPTY, IS_NOT_EMPTY;

        Condition.Op op() {
            return this == IS_NOT_EMPTY ? Condition.Op.IS_EMPTY : Condition.Op.valueOf(name());
        }

        boolean takesValue() {
            return this != IS_EMPTY && this != IS_NOT_EMPTY;
        }
    }

    final Select<String> field = new Select<>();
    final TextField dealField = new TextField();
    final Select<Operator> operator = new Select<>();
    final TextField value = new TextField();
    /** One option of a catalogue choice field, for equals and not equals. */
    final Select<String> choice = new Select<>();
    /** Options of a catalogue choice field, for "one of". */
    final CheckboxGroup<String> choices = new CheckboxGroup<>();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    private final List<CustomField> dealFields;

    ConditionRow(List<CustomField> dealFields, Consumer<ConditionRow> onRemove) {
        this.dealFields = dealFields;
        addClassName("condition-row");
        getStyle().set("flex-wrap", "wrap");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        List<String> fields = new ArrayList<>(Condition.FIELDS);
        dealFields.forEach(catalogued -> fields.add(Condition.DEAL_FIELD_PREFIX + catalogued.name()));
        fields.add(Condition.DEAL_FIELD_PREFIX);
        field.setItems(fields);
        SelectLabels.label(field, this::fieldLabel);
        field.setAriaLabel(getTranslation("rules.condition.field"));
        field.setWidth("13em");
        dealField.setPlaceholder(getTranslation("rules.condition.dealField.placeholder"));
        dealField.setAriaLabel(getTranslation("rules.condition.dealField"));
        dealField.setWidth("9em");
        operator.setItems(Operator.values());
        SelectLabels.label(operator, choice -> getTranslation("rules.op." + choice.name()));
        operator.setAriaLabel(getTranslation("rules.condition.operator"));
        operator.setWidth("11em");
        value.setAriaLabel(getTranslation("rules.condition.value"));
        value.setMinWidth("8em");
        choice.setAriaLabel(getTranslation("rules.condition.value"));
        choice.setMinWidth("10em");
        choices.setAriaLabel(getTranslation("rules.condition.value"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("rules.condition.remove"));
        remove.setTooltipText(getTranslation("rules.condition.remove"));
        remove.addClickListener(click -> onRemove.accept(this));
        field.addValueChangeListener(change -> showFields());
        operator.addValueChangeListener(change -> showFields());
        add(field, dealField, operator, value, choice, choices, remove);
        setFlexGrow(1, value);
        field.setValue(Condition.FIELDS.get(0));
        operator.setValue(Operator.EQUALS);
    }

    private String fieldLabel(String choice) {
        if (choice.equals(Condition.DEAL_FIELD_PREFIX)) {
            return getTranslation("rules.field.dealField");
        }
        return catalogued(choice).map(known -> getTranslation("fields.rules.dealField", known.label(getLocale())))
                .orElseGet(() -> RuleWords.field(choice));
    }

    /** The catalogue's field chosen in the field select, if that is one. */
    private Optional<CustomField> catalogued(String choice) {
        return choice == null || choice.equals(Condition.DEAL_FIELD_PREFIX) || !choice.startsWith(Condition.DEAL_FIELD_PREFIX)
                ? Optional.empty()
                : dealFields.stream().filter(known -> choice.equals(Condition.DEAL_FIELD_PREFIX + known.name())).findFirst();
    }

    private void showFields() {
        dealField.setVisible(Condition.DEAL_FIELD_PREFIX.equals(field.getValue()));
        List<String> options = catalogued(field.getValue()).filter(known -> known.type() == FieldType.CHOICE)
                .map(CustomField::options).orElse(List.of());
        if (!options.equals(choice.getListDataView().getItems().toList())) {
            choice.setItems(options);
            choices.setItems(options);
        }
        Operator picked = operator.getValue();
        boolean takesValue = picked == null || picked.takesValue();
        boolean picksOne = !options.isEmpty() && (picked == Operator.EQUALS || picked == Operator.NOT_EQUALS);
        boolean picksSeveral = !options.isEmpty() && picked == Operator.ONE_OF;
        choice.setVisible(picksOne);
        choices.setVisible(picksSeveral);
        value.setVisible(takesValue && !picksOne && !picksSeveral);
        value.setPlaceholder(placeholder());
    }

    private String placeholder() {
        if (operator.getValue() == Operator.ONE_OF) {
            return getTranslation("rules.condition.value.oneOf");
        }
        return "pipeline".equals(field.getValue()) || "stage".equals(field.getValue())
                ? getTranslation("rules.condition.value.idOrName") : "";
    }

    Condition value() {
        String chosen = Condition.DEAL_FIELD_PREFIX.equals(field.getValue()) ? Condition.DEAL_FIELD_PREFIX + dealField.getValue().strip()
                : field.getValue();
        Operator picked = operator.getValue();
        return new Condition(chosen, picked == null ? null : picked.op(), picked == null ? null : json(picked));
    }

    private JsonNode json(Operator picked) {
        if (choice.isVisible()) {
            return choice.getValue() == null ? null : TextNode.valueOf(choice.getValue());
        }
        if (choices.isVisible()) {
            ArrayNode values = JsonNodeFactory.instance.arrayNode();
            choices.getListDataView().getItems().filter(choices.getValue()::contains).forEach(values::add);
            return values;
        }
        String text = value.getValue().strip();
        return switch (picked) {
            case IS_EMPTY -> null;
            case IS_NOT_EMPTY -> BooleanNode.FALSE;
            case ONE_OF -> {
                ArrayNode values = JsonNodeFactory.instance.arrayNode();
                Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).forEach(values::add);
                yield values;
            }
            default -> text.isEmpty() ? null : TextNode.valueOf(text);
        };
    }

    void setValue(Condition condition) {
        boolean inCatalogue = catalogued(condition.field()).isPresent();
        boolean otherDealField = !inCatalogue && condition.field() != null && condition.field().startsWith(Condition.DEAL_FIELD_PREFIX);
        field.setValue(otherDealField ? Condition.DEAL_FIELD_PREFIX : condition.field());
        dealField.setValue(otherDealField ? condition.field().substring(Condition.DEAL_FIELD_PREFIX.length()) : "");
        JsonNode stored = condition.value();
        boolean notEmpty = condition.op() == Condition.Op.IS_EMPTY && stored != null && stored.isBoolean() && !stored.asBoolean();
        operator.setValue(notEmpty ? Operator.IS_NOT_EMPTY : Operator.valueOf(condition.op().name()));
        value.setValue(text(stored));
        if (choice.isVisible() && stored != null && !stored.isNull()) {
            offer(List.of(stored.asText()));
            choice.setValue(stored.asText());
        }
        if (choices.isVisible() && stored != null && stored.isArray()) {
            List<String> picked = new ArrayList<>();
            stored.forEach(item -> picked.add(item.asText()));
            offer(picked);
            choices.setValue(new LinkedHashSet<>(picked));
        }
    }

    /** Adds stored values the field no longer offers (an option removed since), so the rule reads as stored. */
    private void offer(List<String> stored) {
        Set<String> items = new LinkedHashSet<>(choice.getListDataView().getItems().toList());
        if (items.addAll(stored)) {
            choice.setItems(items);
            choices.setItems(items);
        }
    }

    private static String text(JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isBoolean()) {
            return "";
        }
        if (stored.isArray()) {
            List<String> parts = new ArrayList<>();
            stored.forEach(item -> parts.add(item.asText()));
            return String.join(", ", parts);
        }
        return stored.asText();
    }
}
