package com.leadwire.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.leadwire.shared.InvalidInputException;

/**
 * A field of the catalogue, as every feature reads it.
 *
 * @param name the key in a deal's or contact's custom fields, e.g. {@code platform}
 * @param options the allowed values of a {@link FieldType#CHOICE}, in display order; empty otherwise
 */
public record CustomField(long id, FieldScope scope, String name, FieldType type, List<String> options,
        String labelEn, String labelPt, int position) {

    public CustomField {
        options = List.copyOf(options);
    }

    /** The label in the reader's language: Portuguese for any {@code pt} locale, else English. */
    public String label(Locale locale) {
        return locale != null && "pt".equals(locale.getLanguage()) ? labelPt : labelEn;
    }

    /**
     * The value as this field stores it, or a refusal naming the field: a number in plain form
     * ({@code 1.500,50}, {@code 1,500.50} and {@code 1500.50} all give {@code 1500.50}), a date as ISO {@code yyyy-MM-dd},
     * a choice spelled as its option (matched ignoring case), text without surrounding blanks. A
     * blank value is {@code ""}: no value, which every type allows.
     */
    public String normalised(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return "";
        }
        return switch (type) {
            case TEXT -> text;
            case NUMBER -> number(text);
            case DATE -> date(text);
            case CHOICE -> options.stream().filter(option -> option.equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> refused("'" + text + "' is not an option of " + name + ": " + String.join(", ", options)));
        };
    }

    private String number(String text) {
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        // the separator that comes last is the decimal one; the other groups thousands
        String plain = comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        try {
            if (!plain.matches("[-+]?\\d+(\\.\\d+)?")) {
                throw new NumberFormatException(plain);
            }
            return new BigDecimal(plain).toPlainString();
        } catch (NumberFormatException notANumber) {
            throw refused("'" + text + "' is not a number for " + name + " (e.g. 1500 or 1500.50)");
        }
    }

    private String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException notADate) {
            throw refused("'" + text + "' is not a date for " + name + ": write it as yyyy-MM-dd, e.g. 2026-12-31");
        }
    }

    private InvalidInputException refused(String message) {
        return new InvalidInputException(name, message);
    }
}
