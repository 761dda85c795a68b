package com.leadwire.contacts;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import com.leadwire.shared.InvalidInputException;

/** A normalised e-mail address: trimmed, lower-case, domain in ASCII (IDN). */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final String GMAIL = "gmail.com";
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}|([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+xn--[a-z0-9-]{1,59}");

    public EmailAddress {
        if (value == null) {
            throw new InvalidInputException("email", "e-mail is required");
        }
    }

    /** An optional BCC address (of a sequence, a lead group): null when blank, else normalised; refused naming the field "bcc". */
    public static String optionalBcc(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parse(raw).value();
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException("bcc", "the BCC is not a valid e-mail address: '" + raw.strip() + "'");
        }
    }

    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("email", "e-mail is required");
        }
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1 || trimmed.length() > MAX_LENGTH) {
            throw invalid(raw);
        }
        String local = trimmed.substring(0, at).toLowerCase(Locale.ROOT);
        String domain;
        try {
            domain = IDN.toASCII(trimmed.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(raw);
        }
        if (local.length() > 64 || !LOCAL.matcher(local).matches() || local.startsWith(".")
                || local.endsWith(".") || local.contains("..") || !DOMAIN.matcher(domain).matches()) {
            throw invalid(raw);
        }
        return new EmailAddress(local + "@" + domain);
    }

    /**
     * The mailbox this address delivers to, for spotting duplicates: without a {@code +tag}, and
     * for Gmail (which ignores dots and also answers to googlemail.com) without dots, at gmail.com.
     * Migration V97 computes the same for stored addresses: change both together.
     */
    public String mailbox() {
        int at = value.lastIndexOf('@');
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (GMAIL.equals(domain) || "googlemail.com".equals(domain)) {
            return local.replace(".", "") + "@" + GMAIL;
        }
        return local + "@" + domain;
    }

    private static InvalidInputException invalid(String raw) {
        String shown = raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
        return new InvalidInputException("email", "not a valid e-mail address: '" + shown + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
