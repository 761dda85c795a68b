package com.leadwire.automation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sending settings in force: automated marketing e-mails go out only inside the sending hours
 * (on {@code days}, from {@code from} until before {@code to}, in {@code zone}) when those are on,
 * and at most {@code perContact} a business day to a contact when the cap is on. The business day
 * is the calendar day in {@code zone}.
 */
public record SendingPolicy(ZoneId zone, boolean hoursOn, Set<DayOfWeek> days, LocalTime from, LocalTime to, boolean capOn, int perContact) {

    public static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    public SendingPolicy {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean anyOn() {
        return hoursOn || capOn;
    }

    public LocalDate businessDay(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** Whether an e-mail may go out at that instant as far as the hours go (always, with them off). */
    public boolean withinHours(Instant at) {
        if (!hoursOn) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }

    /** The first instant at or after {@code at} inside the sending hours ({@code at} itself with them off). */
    public Instant nextSendingInstant(Instant at) {
        if (withinHours(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (days.contains(day.getDayOfWeek()) && local.toLocalTime().isBefore(from)) {
            return ZonedDateTime.of(day, from, zone).toInstant();
        }
        for (int ahead = 1; ahead <= 7; ahead++) {
            LocalDate next = day.plusDays(ahead);
            if (days.contains(next.getDayOfWeek())) {
                return ZonedDateTime.of(next, from, zone).toInstant();
            }
        }
        throw new IllegalStateException("sending hours without a sending day");
    }

    /** The first instant of the next business day on which an e-mail may go out (the daily cap starts again then). */
    public Instant nextDay(Instant at) {
        return nextSendingInstant(businessDay(at).plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** As an admin sets it. */
    public SendingSettingsDraft draft() {
        List<String> dayNames = EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days).stream().map(DayOfWeek::name).toList();
        return new SendingSettingsDraft(zone.getId(), new SendingSettingsDraft.Hours(hoursOn, dayNames, from.format(HOUR), to.format(HOUR)),
                new SendingSettingsDraft.Cap(capOn, perContact));
    }
}
