package com.leadwire.admin;

import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /** A date picker's month and day names in the reader's language, and its buttons' words. */
    public static DatePicker.DatePickerI18n pickerTexts(Locale locale, String today, String cancel) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(present(symbols.getMonths()))
                .setWeekdays(present(symbols.getWeekdays()))
                .setWeekdaysShort(present(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(0)
                .setToday(today)
                .setCancel(cancel);
    }

    private static List<String> present(String[] names) {
        return Arrays.stream(names).filter(name -> !name.isEmpty()).toList();
    }
}
