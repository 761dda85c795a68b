package com.leadwire.security;

import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/**
 * The sending settings: a known time zone, one day or more, from and to as HH:MM with from before to,
 * a cap from 1 to 100, every part present. Every case here is refused, so the settings never change.
 */
final class SendingSettingsApiBadInputs {

    private static final String UPDATE = "PUT /api/v1/settings/sending";
    private static final String READ = "GET /api/v1/settings/sending";
    private static final String HOURS = "{\"enabled\": false, \"days\": [\"MONDAY\", \"FRIDAY\"], \"from\": \"09:00\", \"to\": \"18:00\"}";
    private static final String CAP = "{\"enabled\": false, \"perContact\": 3}";

    private static String settings(String zone, String hours, String cap) {
        List<String> parts = new ArrayList<>();
        if (zone != null) {
            parts.add("\"timeZone\": " + zone);
        }
        if (hours != null) {
            parts.add("\"sendingHours\": " + hours);
        }
        if (cap != null) {
            parts.add("\"dailyCap\": " + cap);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String valid() {
        return settings("\"America/Sao_Paulo\"", HOURS, CAP);
    }

    private static String hours(String days, String from, String to) {
        return "{\"enabled\": true, \"days\": " + days + ", \"from\": " + from + ", \"to\": " + to + "}";
    }

    private static String withHours(String hours) {
        return settings("\"America/Sao_Paulo\"", hours, CAP);
    }

    private static String withCap(String cap) {
        return settings("\"America/Sao_Paulo\"", HOURS, cap);
    }

    private static List<String[]> invalidBodies() {
        String weekdays = "[\"MONDAY\"]";
        return List.of(
                new String[] {"unknown property", valid().replace("{\"timeZone\"", "{\"colour\": \"red\", \"timeZone\"")},
                new String[] {"empty object", "{}"},
                new String[] {"no time zone", settings(null, HOURS, CAP)},
                new String[] {"blank time zone", settings("\"  \"", HOURS, CAP)},
                new String[] {"unknown time zone", settings("\"Mars/Olympus_Mons\"", HOURS, CAP)},
                new String[] {"time zone SQL", settings("\"UTC'; DROP TABLE sending_settings;--\"", HOURS, CAP)},
                new String[] {"time zone markup", settings("\"<script>alert(1)</script>\"", HOURS, CAP)},
                new String[] {"over-long time zone", settings("\"" + "Z".repeat(5000) + "\"", HOURS, CAP)},
                new String[] {"no sending hours", settings("\"UTC\"", null, CAP)},
                new String[] {"sending hours without enabled", withHours("{\"days\": [\"MONDAY\"], \"from\": \"09:00\", \"to\": \"18:00\"}")},
                new String[] {"no days", withHours("{\"enabled\": true, \"from\": \"09:00\", \"to\": \"18:00\"}")},
                new String[] {"empty days", withHours(hours("[]", "\"09:00\"", "\"18:00\""))},
                new String[] {"unknown day", withHours(hours("[\"FUNDAY\"]", "\"09:00\"", "\"18:00\""))},
                new String[] {"null day", withHours(hours("[null]", "\"09:00\"", "\"18:00\""))},
                new String[] {"no from", withHours(hours(weekdays, "null", "\"18:00\""))},
                new String[] {"from 9am", withHours(hours(weekdays, "\"9am\"", "\"18:00\""))},
                new String[] {"from 25:00", withHours(hours(weekdays, "\"25:00\"", "\"18:00\""))},
                new String[] {"to 18:60", withHours(hours(weekdays, "\"09:00\"", "\"18:60\""))},
                new String[] {"to with seconds", withHours(hours(weekdays, "\"09:00\"", "\"18:00:00\""))},
                new String[] {"from equal to to", withHours(hours(weekdays, "\"09:00\"", "\"09:00\""))},
                new String[] {"from after to", withHours(hours(weekdays, "\"18:00\"", "\"09:00\""))},
                new String[] {"no daily cap", settings("\"UTC\"", HOURS, null)},
                new String[] {"daily cap without enabled", withCap("{\"perContact\": 3}")},
                new String[] {"no cap number", withCap("{\"enabled\": true}")},
                new String[] {"cap 0", withCap("{\"enabled\": true, \"perContact\": 0}")},
                new String[] {"negative cap", withCap("{\"enabled\": true, \"perContact\": -1}")},
                new String[] {"cap 101", withCap("{\"enabled\": true, \"perContact\": 101}")});
    }

    List<Case> cases() {
        Supplier<String> path = () -> "/api/v1/settings/sending";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(UPDATE, (type, body) -> apiRequest("PUT", path.get(), type, null).withBody(body),
                SendingSettingsApiBadInputs::valid, 400, true));
        for (String[] invalid : invalidBodies()) {
            cases.add(apiCase(UPDATE, invalid[0], "PUT", path, invalid[1], Expected.refused(422)));
        }
        cases.add(apiCase(UPDATE, "cap not a number", "PUT", path, withCap("{\"enabled\": true, \"perContact\": \"three\"}"),
                Expected.refused(400)));
        cases.add(apiCase(UPDATE, "days not a list", "PUT", path, withHours(hours("\"MONDAY\"", "\"18:00\"", "\"09:00\"")),
                Expected.refused(400)));
        cases.add(new Case(UPDATE, "no API key", () -> Request.post(path.get(), BadInputs.JSON, valid()).method("PUT"), Expected.refused(401)));
        cases.add(new Case(READ, "no API key", () -> Request.get(path.get()), Expected.refused(401)));
        return cases;
    }
}
