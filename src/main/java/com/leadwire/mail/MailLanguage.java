package com.leadwire.mail;

import java.util.Arrays;
import java.util.Locale;

import com.leadwire.shared.InvalidInputException;

/** The languages a template can be written in. A contact gets their own, else Brazilian Portuguese. */
public enum MailLanguage {
    PT_BR("pt-BR"), EN("en");

    private final String tag;

    MailLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static MailLanguage ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("language", "language must be one of pt-BR, en"));
    }

    /** A contact's language tag ({@code en-US}, {@code pt}, none …) as the language of the e-mail they should get. */
    static MailLanguage forContact(String contactLanguage) {
        return contactLanguage != null && contactLanguage.toLowerCase(Locale.ROOT).matches("en([-_].*)?") ? EN : PT_BR;
    }
}
