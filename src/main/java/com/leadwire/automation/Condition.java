package com.leadwire.automation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.leadwire.shared.InvalidInputException;

/**
 * One test of a rule: a field of the deal or contact, an operator and a value. Text compares
 * ignoring case and surrounding blanks; a field with several values (a deal's products, a
 * pipeline known by id and by name) passes when one of them does. {@code IS_EMPTY} takes no value,
 * or {@code false} for "is not empty".
 */
public record Condition(String field, Op op, JsonNode value) {

    public enum Op {
        EQUALS, NOT_EQUALS, ONE_OF, CONTAINS, GREATER_THAN, LESS_THAN, IS_EMPTY
    }

    /** The fields a condition may test, besides {@code deal.fields.<name>}. */
    public static final List<String> FIELDS = List.of("pipeline", "stage", "source", "source.kind", "deal.products", "deal.value",
            "deal.responsible", "contact.country", "contact.language");
    public static final String DEAL_FIELD_PREFIX = "deal.fields.";
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final String VALUE = "deal.value";

    /** What a condition saw and whether it passed, for the timeline and dry-run. */
    public record Result(String field, Op op, String expected, String actual, boolean passed) {
    }

    void check(String where) {
        if (field == null || !(KNOWN.contains(field) || field.startsWith(DEAL_FIELD_PREFIX) && field.length() > DEAL_FIELD_PREFIX.length())) {
            throw new InvalidInputException(where + ".field", "'" + field + "' is not a field a condition can test: one of "
                    + String.join(", ", FIELDS) + " or deal.fields.<name>");
        }
        if (op == null) {
            throw new InvalidInputException(where + ".op", "a condition needs an operator: EQUALS, NOT_EQUALS, ONE_OF, CONTAINS, "
                    + "GREATER_THAN, LESS_THAN or IS_EMPTY");
        }
        switch (op) {
            case IS_EMPTY -> {
                if (value != null && !value.isNull() && !value.isBoolean()) {
                    throw new InvalidInputException(where + ".value", "IS_EMPTY takes no value, or false for 'is not empty'");
                }
            }
            case ONE_OF -> {
                if (value == null || !value.isArray() || value.isEmpty()) {
                    throw new InvalidInputException(where + ".value", "ONE_OF needs a list of values");
                }
            }
            case GREATER_THAN, LESS_THAN -> {
                if (number(value) == null) {
                    throw new InvalidInputException(where + ".value", op + " needs a number");
                }
            }
            default -> {
                if (value == null || value.isNull() || value.isContainerNode()) {
                    throw new InvalidInputException(where + ".value", op + " needs a value");
                }
            }
        }
    }

    /** Tests the field's actual values ({@code shown}: how the timeline shows them). */
    public Result test(List<String> actual, String shown) {
        boolean passed = switch (op) {
            case EQUALS -> anyEquals(actual, List.of(value.asText()));
            case NOT_EQUALS -> !anyEquals(actual, List.of(value.asText()));
            case ONE_OF -> anyEquals(actual, texts(value));
            case CONTAINS -> actual.stream().anyMatch(a -> normalised(a).contains(normalised(value.asText())));
            case GREATER_THAN -> compared(actual) == 1;
            case LESS_THAN -> compared(actual) == -1;
            case IS_EMPTY -> actual.stream().allMatch(String::isBlank) == (value == null || value.isNull() || value.asBoolean());
        };
        return new Result(field, op, expected(), shown, passed);
    }

    String expected() {
        if (op == Op.IS_EMPTY) {
            return value != null && value.isBoolean() && !value.asBoolean() ? "not empty" : "empty";
        }
        return value.isArray() ? String.join(", ", texts(value)) : value.asText();
    }

    private boolean anyEquals(List<String> actual, List<String> wanted) {
        return actual.stream().anyMatch(a -> wanted.stream().anyMatch(w -> same(a, w)));
    }

    /** Equal as text; the deal's value also as a number (kept as 500.00, it equals the rule's 500). */
    private boolean same(String actual, String wanted) {
        if (normalised(actual).equals(normalised(wanted))) {
            return true;
        }
        if (!VALUE.equals(field)) {
            return false;
        }
        BigDecimal number = number(TextNode.valueOf(actual));
        BigDecimal other = number == null ? null : number(TextNode.valueOf(wanted));
        return other != null && number.compareTo(other) == 0;
    }

    /** Sign (-1, 0, 1) of actual - value for the first numeric actual value; {@link Integer#MIN_VALUE} when there is none. */
    private int compared(List<String> actual) {
        BigDecimal limit = number(value);
        for (String candidate : actual) {
            try {
                return Integer.signum(new BigDecimal(candidate.strip()).compareTo(limit));
            } catch (NumberFormatException notNumeric) {
                // try the next value
            }
        }
        return Integer.MIN_VALUE;
    }

    private static BigDecimal number(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() ? new BigDecimal(value.asText().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
