package com.leadwire.contacts;

/**
 * Which contacts a list shows: {@code text} found anywhere in the name, at the start of any e-mail,
 * or (when it looks like a phone number) anywhere in the phone's digits; and the filters; null means "any". Retired (merged-away) contacts are never listed.
 */
public record ContactSearch(String text, String sourceKey, String country, Boolean consent, Boolean unsubscribed) {

    public static ContactSearch everyone() {
        return new ContactSearch(null, null, null, null, null);
    }

    public static ContactSearch text(String text) {
        return new ContactSearch(text, null, null, null, null);
    }

    public boolean findsEveryone() {
        return (text == null || text.isBlank()) && sourceKey == null && country == null && consent == null && unsubscribed == null;
    }
}
