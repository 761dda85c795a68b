package com.leadwire.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.automation.Condition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** One condition: [field | deal field name | operator | value | remove]. */
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
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    ConditionRow(Consumer<ConditionRow> onRemove) {
        addClassName("condition-row");
        getStyle().set("flex-wrap", "wrap");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        List<String> fields = new ArrayList<>(Condition.FIELDS);
        fields.add(Condition.DEAL_FIELD_PREFIX);
        field.setItems(fields);
        SelectLabels.label(field, choice -> choice.equals(Condition.DEAL_FIELD_PREFIX) ? getTranslation("rules.field.dealField")
                : RuleWords.field(choice));
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
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("rules.condition.remove"));
        remove.setTooltipText(getTranslation("rules.condition.remove"));
        remove.addClickListener(click -> onRemove.accept(this));
        field.addValueChangeListener(change -> showFields());
        operator.addValueChangeListener(change -> showFields());
        add(field, dealField, operator, value, remove);
        setFlexGrow(1, value);
        field.setValue(Condition.FIELDS.get(0));
        operator.setValue(Operator.EQUALS);
    }

    private void showFields() {
        dealField.setVisible(Condition.DEAL_FIELD_PREFIX.equals(field.getValue()));
        value.setVisible(operator.getValue() == null || operator.getValue().takesValue());
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
        boolean dealFieldCondition = condition.field() != null && condition.field().startsWith(Condition.DEAL_FIELD_PREFIX);
        field.setValue(dealFieldCondition ? Condition.DEAL_FIELD_PREFIX : condition.field());
        dealField.setValue(dealFieldCondition ? condition.field().substring(Condition.DEAL_FIELD_PREFIX.length()) : "");
        JsonNode stored = condition.value();
        boolean notEmpty = condition.op() == Condition.Op.IS_EMPTY && stored != null && stored.isBoolean() && !stored.asBoolean();
        operator.setValue(notEmpty ? Operator.IS_NOT_EMPTY : Operator.valueOf(condition.op().name()));
        value.setValue(text(stored));
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
