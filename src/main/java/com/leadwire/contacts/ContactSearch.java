package com.leadwire.contacts;

/**
 * Which contacts a list shows: {@code text} found in the name, any e-mail or the phone (digits),
 * and the filters; null means "any". Retired (merged-away) contacts are never listed.
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
