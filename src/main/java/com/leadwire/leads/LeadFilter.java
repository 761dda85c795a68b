package com.leadwire.leads;

import java.time.LocalDate;

/**
 * Which leads the list shows; null means "any". Name, e-mail and product are found anywhere in
 * the lead's (ignoring case), country is an ISO code, {@code from} and {@code to} are days of
 * entry in the server's time zone, both included.
 */
public record LeadFilter(String name, String email, LocalDate from, LocalDate to, String product, String country, Long groupId,
                         LeadFollowUpStatus followUpStatus, LeadEmailStatus emailStatus, Boolean processedOrder) {

    public LeadFilter {
        name = blankToNull(name);
        email = blankToNull(email);
        product = blankToNull(product);
        country = blankToNull(country);
    }

    public static LeadFilter everyone() {
        return new LeadFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static LeadFilter ofGroup(long groupId) {
        return new LeadFilter(null, null, null, null, null, null, groupId, null, null, null);
    }

    public boolean findsEveryone() {
        return equals(everyone());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
