package com.leadwire.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The sending hours and the business day, in the business time zone (2026-12-11 is a Friday). */
class SendingPolicyTests {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static SendingPolicy hours(ZoneId zone, Set<DayOfWeek> days, String from, String to) {
        return new SendingPolicy(zone, true, days, LocalTime.parse(from), LocalTime.parse(to), false, 3);
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static Instant saoPaulo(String local) {
        return at(local, SAO_PAULO);
    }

    @Test
    void fridayEveningWaitsForMondayMorning() {
        SendingPolicy policy = hours(SAO_PAULO, WEEKDAYS, "09:00", "18:00");
        assertThat(policy.nextSendingInstant(saoPaulo("2026-12-11T20:00"))).isEqualTo(saoPaulo("2026-12-14T09:00"));
        assertThat(policy.nextSendingInstant(saoPaulo("2026-12-12T11:00"))).as("Saturday").isEqualTo(saoPaulo("2026-12-14T09:00"));
    }

    @Test
    void theStartIsInsideAndTheEndOutside() {
        SendingPolicy policy = hours(SAO_PAULO, WEEKDAYS, "09:00", "18:00");
        assertThat(policy.withinHours(saoPaulo("2026-12-10T09:00"))).isTrue();
        assertThat(policy.withinHours(saoPaulo("2026-12-10T17:59:59"))).isTrue();
        assertThat(policy.withinHours(saoPaulo("2026-12-10T18:00"))).isFalse();
        assertThat(policy.withinHours(saoPaulo("2026-12-10T08:59:59"))).isFalse();
        assertThat(policy.nextSendingInstant(saoPaulo("2026-12-10T07:15"))).as("early on a sending day: that day")
                .isEqualTo(saoPaulo("2026-12-10T09:00"));
        assertThat(policy.nextSendingInstant(saoPaulo("2026-12-10T12:34"))).as("inside: at once").isEqualTo(saoPaulo("2026-12-10T12:34"));
    }

    @Test
    void withOneSendingDayAWeekItWaitsUpToAWeek() {
        SendingPolicy policy = hours(SAO_PAULO, EnumSet.of(DayOfWeek.WEDNESDAY), "10:00", "11:00");
        assertThat(policy.nextSendingInstant(saoPaulo("2026-12-09T11:00"))).isEqualTo(saoPaulo("2026-12-16T10:00"));
    }

    @Test
    void theHoursAreCountedInTheBusinessZoneNotUtc() {
        SendingPolicy policy = hours(SAO_PAULO, WEEKDAYS, "09:00", "18:00");
        Instant utcMorning = at("2026-12-10T10:00", ZoneId.of("UTC"));
        assertThat(policy.withinHours(utcMorning)).as("07:00 in São Paulo").isFalse();
        assertThat(policy.businessDay(at("2026-12-11T01:00", ZoneId.of("UTC")))).as("still Thursday in São Paulo")
                .isEqualTo(java.time.LocalDate.parse("2026-12-10"));
    }

    @Test
    void aStartInTheSpringForwardGapMovesToAfterIt() {
        ZoneId newYork = ZoneId.of("America/New_York");
        SendingPolicy policy = hours(newYork, EnumSet.allOf(DayOfWeek.class), "02:30", "05:00");
        assertThat(policy.nextSendingInstant(at("2027-03-14T01:00", newYork))).isEqualTo(at("2027-03-14T03:30", newYork));
    }

    @Test
    void theNextDayStartsAtMidnightOrAtTheNextOpeningWithHoursOn() {
        SendingPolicy capOnly = new SendingPolicy(SAO_PAULO, false, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0), true, 2);
        assertThat(capOnly.nextDay(saoPaulo("2026-12-11T15:00"))).isEqualTo(saoPaulo("2026-12-12T00:00"));
        SendingPolicy both = new SendingPolicy(SAO_PAULO, true, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0), true, 2);
        assertThat(both.nextDay(saoPaulo("2026-12-11T15:00"))).isEqualTo(saoPaulo("2026-12-14T09:00"));
    }

    @Test
    void offItIsAlwaysSendingTime() {
        SendingPolicy off = new SendingPolicy(SAO_PAULO, false, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0), false, 3);
        assertThat(off.anyOn()).isFalse();
        assertThat(off.nextSendingInstant(saoPaulo("2026-12-12T23:00"))).isEqualTo(saoPaulo("2026-12-12T23:00"));
    }
}
