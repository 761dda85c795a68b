package com.leadwire.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A list's filter by days: a "from" and a "to" date picker, either left empty, read as the instants
 * of the server's days (from inclusive, to to the end of its day).
 */
public final class DayRange {

    private DayRange() {
    }

    public static Instant start(DatePicker from) {
        LocalDate first = from.getValue();
        return first == null ? null : first.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public static Instant end(DatePicker to) {
        LocalDate last = to.getValue();
        return last == null ? null : last.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** Marks "to" invalid, with this message, while it is before "from". */
    public static void checkOrder(DatePicker from, DatePicker to, String message) {
        boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? message : null);
    }
}
