package com.leadwire.fields;

import java.util.List;
import java.util.Locale;

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
}
