package com.leadwire.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as the panel shows them: short, in the reader's locale and the server's time zone. */
public final class PanelTimes {

    private PanelTimes() {
    }

    public static String shortDateTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault()).format(at);
    }
}
