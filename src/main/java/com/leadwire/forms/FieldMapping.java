package com.leadwire.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.leadwire.contacts.ContactDetails;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.shared.InvalidInputException;

/**
 * Turns a submission into what intake takes, the way SendPulse maps form fields to CRM
 * variables: each field goes to its mapped target, else to the target of its own name, else to
 * a deal custom field. Checks the form's own rules first (required fields, select options, consent).
 */
final class FieldMapping {

    static final String SUBMISSION_ID = "submissionId";
    private static final Map<String, String> TARGET_OF_NAME = Map.ofEntries(
            Map.entry("email", "contact.email"), Map.entry("name", "contact.name"), Map.entry("phone", "contact.phone"),
            Map.entry("country", "contact.country"), Map.entry("language", "contact.language"),
            Map.entry("title", "deal.title"), Map.entry("amount", "deal.amount"), Map.entry("value", "deal.amount"),
            Map.entry("currency", "deal.currency"), Map.entry("products", "deal.products"));
    private static final Set<String> NOT_GIVEN = Set.of("false", "0", "off", "no");

    private FieldMapping() {
    }

    /** What the submission says about the person and the deal. */
    record Mapped(ContactDetails contact, DealRequest deal) {
    }

    static Mapped map(FormSubmission submission, FormSettings settings, Clock clock) {
        requireFormRules(submission, settings);
        ContactDetails.Consent consent = consentOf(submission, settings, clock);
        Targets targets = new Targets();
        submission.values().keySet().stream()
                .filter(name -> !isControlField(name, settings))
                .forEach(name -> targets.put(targetOf(name, settings), name, submission));
        return new Mapped(
                new ContactDetails(targets.text("contact.email"), targets.text("contact.name"), targets.text("contact.phone"),
                        targets.text("contact.country"), targets.text("contact.language"), targets.contactFields, consent, null),
                new DealRequest(targets.text("deal.title"), targets.amount(), upper(targets.text("deal.currency")),
                        targets.products, null, null, targets.text("deal.responsible"), targets.dealFields, null));
    }

    private static void requireFormRules(FormSubmission submission, FormSettings settings) {
        for (FormSettings.Field field : settings.fields()) {
            if (field.required() && !submission.isFilled(field.name())) {
                throw new InvalidInputException(field.name(), "'" + labelOf(field) + "' is required");
            }
            if (field.type() == FormSettings.FieldType.SELECT) {
                submission.all(field.name()).stream().filter(value -> !field.options().contains(value)).findFirst()
                        .ifPresent(value -> {
                            throw new InvalidInputException(field.name(),
                                    "'" + labelOf(field) + "' must be one of " + String.join(", ", field.options()));
                        });
            }
        }
    }

    private static ContactDetails.Consent consentOf(FormSubmission submission, FormSettings settings, Clock clock) {
        FormSettings.Consent consent = settings.consent();
        if (consent == null) {
            return null;
        }
        String given = submission.text(consent.field());
        if (given != null && !NOT_GIVEN.contains(given.toLowerCase(Locale.ROOT))) {
            return new ContactDetails.Consent(consent.text(), clock.instant());
        }
        if (consent.required()) {
            throw new InvalidInputException(consent.field(), "consent is required: tick '" + consent.text() + "'");
        }
        return null;
    }

    private static boolean isControlField(String name, FormSettings settings) {
        return name.equals(SUBMISSION_ID) || name.equals(settings.honeypot())
                || (settings.consent() != null && name.equals(settings.consent().field()));
    }

    static String targetOf(String name, FormSettings settings) {
        String mapped = settings.mapping().get(name);
        if (mapped != null) {
            return mapped;
        }
        return TARGET_OF_NAME.getOrDefault(name.toLowerCase(Locale.ROOT), "deal.fields." + name);
    }

    private static String labelOf(FormSettings.Field field) {
        return field.label() == null || field.label().isBlank() ? field.name() : field.label();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** The values collected per target; two fields mapped to one target are joined. */
    private static final class Targets {

        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, String> contactFields = new LinkedHashMap<>();
        private final Map<String, String> dealFields = new LinkedHashMap<>();
        private final List<String> products = new ArrayList<>();
        private String amountField;

        void put(String target, String field, FormSubmission submission) {
            String value = submission.text(field);
            if (value == null) {
                return;
            }
            if (target.equals("deal.products")) {
                submission.all(field).forEach(listed -> Arrays.stream(listed.split(","))
                        .map(String::strip).filter(product -> !product.isEmpty()).forEach(products::add));
            } else if (target.startsWith("contact.fields.")) {
                contactFields.merge(target.substring("contact.fields.".length()), value, Targets::joined);
            } else if (target.startsWith("deal.fields.")) {
                dealFields.merge(target.substring("deal.fields.".length()), value, Targets::joined);
            } else {
                if (target.equals("deal.amount")) {
                    amountField = field;
                }
                texts.merge(target, value, Targets::joined);
            }
        }

        String text(String target) {
            return texts.get(target);
        }

        /** Accepts 1500, 1500.50, 1500,50 and 1.500,50. */
        BigDecimal amount() {
            String raw = texts.get("deal.amount");
            if (raw == null) {
                return null;
            }
            String number = raw.replace(" ", "");
            int comma = number.lastIndexOf(',');
            int dot = number.lastIndexOf('.');
            if (comma > dot) {
                number = number.replace(".", "").replace(',', '.');
            } else if (comma >= 0) {
                number = number.replace(",", "");
            }
            try {
                return new BigDecimal(number);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(amountField, "'" + amountField + "' must be a number such as 1500.00");
            }
        }

        private static String joined(String first, String second) {
            return first + ", " + second;
        }
    }
}
