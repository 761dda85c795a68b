package com.leadwire.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.leadwire.shared.InvalidInputException;

/** A day given as a query parameter, YYYY-MM-DD; blank is none, anything else is refused naming the parameter. */
final class ApiDays {

    private ApiDays() {
    }

    static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            day = null;
        }
        // a year beyond four digits parses, but no database column holds it
        if (day == null || day.getYear() < 1 || day.getYear() > 9999) {
            throw new InvalidInputException(parameter, "'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01");
        }
        return day;
    }
}
