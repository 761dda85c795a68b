package com.leadwire.contacts;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.leadwire.shared.InvalidInputException;

/** Normalises phone numbers to E.164, reading national numbers in the contact's country. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String FALLBACK_REGION = "BR";

    private PhoneNumbers() {
    }

    public static String normalise(String raw, String country) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String region = country == null || country.isBlank() ? FALLBACK_REGION : country.toUpperCase(Locale.ROOT);
        try {
            var number = PHONES.parse(raw, region);
            if (!PHONES.isPossibleNumber(number)) {
                throw new InvalidInputException("phone", "not a possible phone number: '" + raw + "'");
            }
            return PHONES.format(number, PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidInputException("phone", "not a phone number: '" + raw + "'");
        }
    }
}
