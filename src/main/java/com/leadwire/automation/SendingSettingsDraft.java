package com.leadwire.automation;

import java.util.List;

/**
 * The sending settings as an admin sets them (the panel and {@code /api/v1/settings/sending} alike):
 * the business time zone, the sending hours ({@code days} as {@link java.time.DayOfWeek} names,
 * {@code from} and {@code to} as HH:MM in that zone) and the per-contact daily cap of automated
 * marketing e-mails. Checked by {@link SendingSettings#update}.
 */
public record SendingSettingsDraft(String timeZone, Hours sendingHours, Cap dailyCap) {

    public record Hours(Boolean enabled, List<String> days, String from, String to) {
    }

    public record Cap(Boolean enabled, Integer perContact) {
    }
}
