package com.leadwire.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.leadwire.shared.InvalidInputException;

/**
 * A value for a catalogued field, checked against its type and stored the one way it is read back:
 * a number in plain notation, a date as ISO {@code yyyy-MM-dd}, a choice as one of its options.
 */
public final class FieldValues {

    /** The longest text value: a line, not a document (deal and contact fields are shown on cards). */
    public static final int MAX_TEXT = 1000;

    private FieldValues() {
    }

    /** The value as stored; refused (its {@code field} is {@code fields.<name>}) when the field's type does not take it. */
    public static String checked(CustomField field, String value) {
        String where = "fields." + field.name();
        String stripped = value.strip();
        return switch (field.type()) {
            case TEXT -> {
                if (stripped.length() > MAX_TEXT) {
                    throw new InvalidInputException(where, field.labelEn() + " has at most " + MAX_TEXT + " characters.");
                }
                yield stripped;
            }
            case NUMBER -> {
                try {
                    yield new BigDecimal(stripped.replace(',', '.')).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(where, field.labelEn() + " takes a number, not '" + stripped + "'.");
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(stripped).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(where, field.labelEn() + " takes a date as yyyy-MM-dd, not '" + stripped + "'.");
                }
            }
            case CHOICE -> {
                if (!field.options().contains(stripped)) {
                    throw new InvalidInputException(where, field.labelEn() + " is one of " + String.join(", ", field.options())
                            + ", not '" + stripped + "'.");
                }
                yield stripped;
            }
        };
    }
}
