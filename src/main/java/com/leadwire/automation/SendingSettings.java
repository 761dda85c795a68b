package com.leadwire.automation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.shared.CachedSnapshot;
import com.leadwire.shared.InvalidInputException;

/**
 * The business time zone, the sending hours and the per-contact daily cap of automated marketing
 * e-mails (rules' and follow-ups'), both off until an admin turns them on. Read for every e-mail
 * from a cache, so with both off an e-mail costs no statement; a change drops the cache here at
 * once, other nodes reload within seconds.
 */
@Service
public class SendingSettings {

    private static final Logger log = LoggerFactory.getLogger(SendingSettings.class);
    /** More than any considerate sender needs, and it keeps a typo (3000) from reading as "no cap". */
    public static final int MAX_PER_CONTACT = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final CachedSnapshot<SendingPolicy> policy;

    SendingSettings(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.policy = new CachedSnapshot<>(Duration.ofSeconds(2), this::load);
    }

    public SendingPolicy current() {
        return policy.get();
    }

    /** Checks and stores the settings; throws {@link InvalidInputException} naming the field at fault, and stores nothing then. */
    @Transactional
    public SendingPolicy update(SendingSettingsDraft draft, String actor) {
        SendingPolicy checked = checked(draft);
        SendingPolicy before = load();
        jdbc.update("""
                UPDATE sending_settings SET time_zone = ?, hours_enabled = ?, sending_days = ?, hours_from = ?, hours_to = ?, cap_enabled = ?,
                                            cap_per_contact = ?, changed_at = ?, changed_by = ?
                WHERE id = 1""", checked.zone().getId(), checked.hoursOn(), days(checked.days()), checked.from().format(SendingPolicy.HOUR),
                checked.to().format(SendingPolicy.HOUR), checked.capOn(), checked.perContact(), Timestamp.from(clock.instant()), actor);
        policy.invalidate();
        String detail = describe(checked);
        audit.record(actor, "sending-settings.updated", "settings:sending", "was " + describe(before) + "; now " + detail);
        log.info("Sending settings changed by {}: {}", actor, detail);
        return checked;
    }

    static SendingPolicy checked(SendingSettingsDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "the sending settings are required");
        }
        ZoneId zone = zone(draft.timeZone());
        SendingSettingsDraft.Hours hours = draft.sendingHours();
        if (hours == null || hours.enabled() == null) {
            throw new InvalidInputException("sendingHours.enabled", "sendingHours with enabled (true or false) is required");
        }
        Set<DayOfWeek> days = days(hours.days());
        LocalTime from = time("sendingHours.from", hours.from());
        LocalTime to = time("sendingHours.to", hours.to());
        if (!from.isBefore(to)) {
            throw new InvalidInputException("sendingHours.to", "sendingHours.to must be later than sendingHours.from (" + hours.from()
                    + "); hours across midnight are not supported");
        }
        SendingSettingsDraft.Cap cap = draft.dailyCap();
        if (cap == null || cap.enabled() == null) {
            throw new InvalidInputException("dailyCap.enabled", "dailyCap with enabled (true or false) is required");
        }
        if (cap.perContact() == null || cap.perContact() < 1 || cap.perContact() > MAX_PER_CONTACT) {
            throw new InvalidInputException("dailyCap.perContact", "dailyCap.perContact is a whole number from 1 to " + MAX_PER_CONTACT);
        }
        return new SendingPolicy(zone, hours.enabled(), days, from, to, cap.enabled(), cap.perContact());
    }

    private static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("timeZone", "timeZone is required, an IANA zone such as America/Sao_Paulo");
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            throw new InvalidInputException("timeZone", "timeZone '" + cut(name) + "' is not a known time zone; use an IANA zone such as "
                    + "America/Sao_Paulo");
        }
    }

    private static Set<DayOfWeek> days(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("sendingHours.days", "sendingHours.days needs at least one day (MONDAY … SUNDAY)");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("sendingHours.days", "sendingHours.days: '" + cut(String.valueOf(name))
                        + "' is not a day; use MONDAY … SUNDAY");
            }
        }
        return days;
    }

    private static LocalTime time(String field, String value) {
        if (value == null || !value.strip().matches("\\d{2}:\\d{2}")) {
            throw new InvalidInputException(field, field + " is a time of day as HH:MM, e.g. 09:00");
        }
        try {
            return LocalTime.parse(value.strip(), SendingPolicy.HOUR);
        } catch (DateTimeParseException invalid) {
            throw new InvalidInputException(field, field + " is a time of day as HH:MM, e.g. 09:00");
        }
    }

    private static String cut(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String days(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private static String describe(SendingPolicy policy) {
        return "zone " + policy.zone().getId() + ", hours " + (policy.hoursOn() ? "on" : "off") + " " + days(policy.days()) + " "
                + policy.from().format(SendingPolicy.HOUR) + "-" + policy.to().format(SendingPolicy.HOUR) + ", cap "
                + (policy.capOn() ? "on" : "off") + " " + policy.perContact() + " a day";
    }

    private SendingPolicy load() {
        return jdbc.queryForObject("""
                SELECT time_zone, hours_enabled, sending_days, hours_from, hours_to, cap_enabled, cap_per_contact FROM sending_settings
                WHERE id = 1""", (row, i) -> new SendingPolicy(ZoneId.of(row.getString(1)), row.getBoolean(2),
                Arrays.stream(row.getString(3).split(",")).map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
                LocalTime.parse(row.getString(4), SendingPolicy.HOUR), LocalTime.parse(row.getString(5), SendingPolicy.HOUR), row.getBoolean(6),
                row.getInt(7)));
    }
}
