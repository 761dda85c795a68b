package com.leadwire.imports;

import java.util.List;

/**
 * What a CSV column can fill, as the mapping names it: the built-in contact and deal targets,
 * a deal field {@code fields.<name>}, a contact field {@code contact.<name>}, or {@code ignore}.
 */
public final class ImportTargets {

    public static final String EMAIL = "email";
    public static final String IGNORE = "ignore";
    public static final String DEAL_FIELD = "fields.";
    public static final String CONTACT_FIELD = "contact.";
    public static final List<String> CONTACT = List.of(EMAIL, "name", "phone", "country", "language");
    public static final List<String> DEAL = List.of("deal.title", "deal.amount", "deal.currency", "deal.products");

    private ImportTargets() {
    }

    /** Whether the target only makes sense when each row also creates a deal. */
    public static boolean fillsTheDeal(String target) {
        return DEAL.contains(target) || target.startsWith(DEAL_FIELD);
    }
}
