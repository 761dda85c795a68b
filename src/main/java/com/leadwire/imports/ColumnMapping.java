package com.leadwire.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.leadwire.contacts.ContactDetails;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.shared.InvalidInputException;

/**
 * Which CSV column fills which part of the contact or the deal: column header → target, where a
 * target is {@code email}, {@code name}, {@code phone}, {@code country}, {@code language},
 * {@code deal.title}, {@code deal.amount}, {@code deal.currency}, {@code deal.products},
 * {@code fields.<name>} (a deal field), {@code contact.<name>} (a contact field) or
 * {@code ignore}. Columns the mapping does not name are ignored.
 */
final class ColumnMapping {

    static final String EMAIL = ImportTargets.EMAIL;
    static final String IGNORE = ImportTargets.IGNORE;
    private static final String DEAL_FIELD = ImportTargets.DEAL_FIELD;
    private static final String CONTACT_FIELD = ImportTargets.CONTACT_FIELD;
    private static final Set<String> CONTACT_TARGETS = Set.copyOf(ImportTargets.CONTACT);
    private static final int MAX_FIELD_NAME = 100;

    private final Map<String, String> targetByColumn;

    private ColumnMapping(Map<String, String> targetByColumn) {
        this.targetByColumn = targetByColumn;
    }

    static ColumnMapping of(Map<String, String> mapping, boolean createDeals) {
        if (mapping == null || mapping.isEmpty()) {
            throw new InvalidInputException("mapping", "the mapping is empty; map at least one column to email");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        Map<String, String> columnByTarget = new HashMap<>();
        mapping.forEach((column, rawTarget) -> {
            if (column == null || column.isBlank()) {
                throw new InvalidInputException("mapping", "a mapped column name is empty");
            }
            String target = rawTarget == null ? "" : rawTarget.strip();
            requireKnown(column, target, createDeals);
            String earlier = IGNORE.equals(target) ? null : columnByTarget.putIfAbsent(target, column);
            if (earlier != null) {
                throw new InvalidInputException("mapping", "columns '" + earlier + "' and '" + column + "' both map to " + target);
            }
            checked.put(column.strip(), target);
        });
        if (!columnByTarget.containsKey(EMAIL)) {
            throw new InvalidInputException("mapping", "no column is mapped to email; contacts are identified by e-mail");
        }
        return new ColumnMapping(checked);
    }

    private static void requireKnown(String column, String target, boolean createDeals) {
        boolean dealTarget = ImportTargets.fillsTheDeal(target);
        boolean known = CONTACT_TARGETS.contains(target) || IGNORE.equals(target) || dealTarget
                || fieldName(target, CONTACT_FIELD) != null;
        if (target.startsWith(DEAL_FIELD) && fieldName(target, DEAL_FIELD) == null
                || target.startsWith(CONTACT_FIELD) && fieldName(target, CONTACT_FIELD) == null) {
            throw new InvalidInputException("mapping", "column '" + column + "': a field name has 1–" + MAX_FIELD_NAME + " characters");
        }
        if (!known) {
            throw new InvalidInputException("mapping", "column '" + column + "' maps to unknown target '" + target
                    + "'; use email, name, phone, country, language, deal.title, deal.amount, deal.currency, "
                    + "deal.products, fields.<name>, contact.<name> or ignore");
        }
        if (dealTarget && !createDeals) {
            throw new InvalidInputException("mapping", "column '" + column + "' maps to " + target + ", but createDeals is false");
        }
    }

    private static String fieldName(String target, String prefix) {
        if (!target.startsWith(prefix)) {
            return null;
        }
        String name = target.substring(prefix.length()).strip();
        return name.isEmpty() || name.length() > MAX_FIELD_NAME ? null : name;
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(targetByColumn);
    }

    /** Finds every mapped column in the header; a missing or repeated one is a 422 before anything is imported. */
    Columns bind(List<String> header) {
        List<String> names = header.stream().map(String::strip).toList();
        List<String> missing = new ArrayList<>();
        Map<String, Integer> indexByTarget = new LinkedHashMap<>();
        targetByColumn.forEach((column, target) -> {
            int index = names.indexOf(column);
            if (index < 0) {
                missing.add(column);
            } else if (names.lastIndexOf(column) != index) {
                throw new InvalidInputException("mapping", "the header has the column '" + column + "' more than once");
            } else if (!IGNORE.equals(target)) {
                indexByTarget.put(target, index);
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidInputException("mapping", "the file has no column " + quoted(missing) + "; its header is " + quoted(names));
        }
        return new Columns(names, indexByTarget);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    /** The mapping bound to a header: turns a record into the contact and deal it describes. */
    static final class Columns {

        private final List<String> header;
        private final Map<String, Integer> indexByTarget;

        private Columns(List<String> header, Map<String, Integer> indexByTarget) {
            this.header = header;
            this.indexByTarget = indexByTarget;
        }

        List<String> header() {
            return header;
        }

        /** The record's raw e-mail, for routing rows of one person to one worker. */
        String email(List<String> record) {
            return value(record, EMAIL);
        }

        /** The row's contact and deal; the deal enters {@code pipelineId}/{@code stageId} when given. */
        ImportedRow read(List<String> record, Long pipelineId, Long stageId) {
            if (record.size() > header.size() && record.subList(header.size(), record.size()).stream().anyMatch(v -> !v.isBlank())) {
                throw new InvalidInputException("row", "the row has " + record.size() + " fields, the header " + header.size());
            }
            Map<String, String> contactFields = new LinkedHashMap<>();
            Map<String, String> dealFields = new LinkedHashMap<>();
            indexByTarget.keySet().forEach(target -> {
                String value = value(record, target);
                if (value != null && target.startsWith(CONTACT_FIELD)) {
                    contactFields.put(target.substring(CONTACT_FIELD.length()).strip(), value);
                } else if (value != null && target.startsWith(DEAL_FIELD)) {
                    dealFields.put(target.substring(DEAL_FIELD.length()).strip(), value);
                }
            });
            ContactDetails contact = new ContactDetails(value(record, EMAIL), value(record, "name"), value(record, "phone"),
                    value(record, "country"), value(record, "language"), contactFields, null, null);
            String currency = value(record, "deal.currency");
            DealRequest deal = new DealRequest(value(record, "deal.title"), amount(value(record, "deal.amount")),
                    currency == null ? null : currency.toUpperCase(Locale.ROOT), products(value(record, "deal.products")),
                    pipelineId, stageId, null, dealFields, null);
            return new ImportedRow(contact, deal);
        }

        private String value(List<String> record, String target) {
            Integer index = indexByTarget.get(target);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /**
         * "1234.56", "1234,56", "1.234,56" (Brazil) and "1,234.56": the last separator is the decimal
         * one and the others group thousands, unless it occurs twice ("1.234.567").
         */
        static BigDecimal amount(String raw) {
            if (raw == null) {
                return null;
            }
            String digits = raw.replace(" ", "").replace("\u00A0", "");
            int decimal = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
            boolean grouping = decimal >= 0 && digits.indexOf(digits.charAt(decimal)) != decimal;
            String normalised = decimal < 0 || grouping ? digits.replace(".", "").replace(",", "")
                    : digits.substring(0, decimal).replace(".", "").replace(",", "") + "." + digits.substring(decimal + 1);
            try {
                return new BigDecimal(normalised);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("deal.amount", "amount '" + shortened(raw) + "' is not a number");
            }
        }

        /** Products separated by '|', ',' or ';' (the CSV delimiter only inside quotes). */
        private static List<String> products(String raw) {
            if (raw == null) {
                return List.of();
            }
            return Arrays.stream(raw.split("[|,;]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }

        private static String shortened(String raw) {
            return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        }
    }

    /** What one CSV row says about a person and their deal. */
    record ImportedRow(ContactDetails contact, DealRequest deal) {
    }
}
