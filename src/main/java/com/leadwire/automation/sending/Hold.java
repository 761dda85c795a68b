package com.leadwire.automation.sending;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.leadwire.automation.HoldReason;

/** An automated marketing e-mail held back: it goes out at {@code until} (checked again then), for {@code reason}. */
public record Hold(Instant until, HoldReason reason, ZoneId zone) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    /** For the timeline and the logs, e.g. {@code held until Mon 2026-12-14 09:00 America/Sao_Paulo: outside sending hours}. */
    public String describe() {
        return describe(until, reason, zone);
    }

    public static String describe(Instant until, HoldReason reason, ZoneId zone) {
        return "held until " + WHEN.format(until.atZone(zone)) + " " + zone.getId() + ": " + reason.words();
    }
}
