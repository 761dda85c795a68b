package com.leadwire.admin.sequences;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An e-mail's wait as the editor writes it: an amount of seconds, minutes, hours or days. */
public record Wait(int amount, ChronoUnit unit) {

    static final List<ChronoUnit> UNITS = List.of(ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);

    /** In the largest unit that writes it whole: P2D as 2 days, PT90M as 90 minutes. */
    public static Wait of(Duration delay) {
        long seconds = delay.toSeconds();
        ChronoUnit largest = ChronoUnit.SECONDS;
        for (ChronoUnit candidate : UNITS) {
            if (seconds % candidate.getDuration().toSeconds() == 0) {
                largest = candidate;
            }
        }
        return new Wait((int) (seconds / largest.getDuration().toSeconds()), largest);
    }

    /** ISO-8601, days as days (P2D rather than PT48H). */
    String iso() {
        return unit == ChronoUnit.DAYS ? "P" + amount + "D" : Duration.of(amount, unit).toString();
    }
}
