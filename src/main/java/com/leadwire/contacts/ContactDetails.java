package com.leadwire.contacts;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.leadwire.shared.InvalidInputException;

/**
 * What an intake event says about a person. {@link #normalised()} validates it and brings the
 * e-mail, phone, country and language into their stored form.
 */
public record ContactDetails(
        String email,
        String name,
        String phone,
        String country,
        String language,
        Map<String, String> customFields,
        Consent consent,
        Long telegramUserId) {

    public static final int MAX_TEXT = 300;

    public ContactDetails {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    public static ContactDetails ofEmail(String email, String name) {
        return new ContactDetails(email, name, null, null, null, Map.of(), null, null);
    }

    /** Consent given on a form: the text the person agreed to, and when. */
    public record Consent(String text, Instant at) {
    }

    public ContactDetails normalised() {
        String normalisedCountry = blankToNull(country);
        if (normalisedCountry != null) {
            normalisedCountry = normalisedCountry.toUpperCase(Locale.ROOT);
            if (!normalisedCountry.matches("[A-Z]{2}")) {
                throw new InvalidInputException("country", "country must be a two-letter ISO code");
            }
        }
        String normalisedLanguage = blankToNull(language);
        if (normalisedLanguage != null && !normalisedLanguage.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?")) {
            throw new InvalidInputException("language", "language must be a language tag such as pt-BR");
        }
        return new ContactDetails(
                EmailAddress.parse(email).value(),
                limited("name", blankToNull(name)),
                PhoneNumbers.normalise(phone, normalisedCountry),
                normalisedCountry,
                normalisedLanguage == null ? null : normalisedLanguage.replace('_', '-'),
                customFields,
                consent,
                telegramUserId);
    }

    private static String limited(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, field + " is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
