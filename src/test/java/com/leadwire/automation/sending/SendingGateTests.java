package com.leadwire.automation.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import com.leadwire.automation.HoldReason;
import com.leadwire.automation.SendingPolicy;
import com.leadwire.automation.SendingSettings;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailTemplates;

/** What the gate asks for: with both off, nothing (the intake's hot path); the count only with the cap on, for marketing e-mails. */
class SendingGateTests {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Instant THURSDAY_NOON = LocalDateTime.parse("2026-12-10T12:00").atZone(SAO_PAULO).toInstant();

    private final SendingSettings settings = mock(SendingSettings.class);
    private final MailTemplates templates = mock(MailTemplates.class);
    private final MailQueue mail = mock(MailQueue.class);
    private final SendingGate gate = new SendingGate(settings, templates, mail);

    private void policy(boolean hoursOn, boolean capOn, int perContact) {
        when(settings.current()).thenReturn(new SendingPolicy(SAO_PAULO, hoursOn, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0), capOn, perContact));
    }

    @Test
    void withBothOffItAsksNothingButTheCachedSettings() {
        policy(false, false, 3);
        assertThat(gate.holdFor(7, "Oferta", "pt-BR", THURSDAY_NOON)).isEmpty();
        verifyNoInteractions(templates, mail);
    }

    @Test
    void aTransactionalTemplateIsNeverHeldNorCounted() {
        policy(true, true, 1);
        when(templates.isTransactional("Recibo", "pt-BR")).thenReturn(true);
        assertThat(gate.holdFor(7, "Recibo", "pt-BR", THURSDAY_NOON.plusSeconds(12 * 3600))).isEmpty();
        verifyNoInteractions(mail);
    }

    @Test
    void withinTheHoursAndUnderTheCapItGoesAndOverTheCapItWaitsForTheNextDay() {
        policy(false, true, 2);
        when(mail.marketingCount(7, LocalDate.parse("2026-12-10"))).thenReturn(1L);
        assertThat(gate.holdFor(7, "Oferta", "pt-BR", THURSDAY_NOON)).isEmpty();

        when(mail.marketingCount(7, LocalDate.parse("2026-12-10"))).thenReturn(2L);
        Hold hold = gate.holdFor(7, "Oferta", "pt-BR", THURSDAY_NOON).orElseThrow();
        assertThat(hold.reason()).isEqualTo(HoldReason.DAILY_LIMIT_REACHED);
        assertThat(hold.until()).isEqualTo(LocalDate.parse("2026-12-11").atStartOfDay(SAO_PAULO).toInstant());
        assertThat(hold.describe()).isEqualTo("held until Fri 2026-12-11 00:00 America/Sao_Paulo: daily limit reached");
    }

    @Test
    void outsideTheHoursItDoesNotCount() {
        policy(true, true, 2);
        Hold hold = gate.holdFor(7, "Oferta", "pt-BR", THURSDAY_NOON.plusSeconds(8 * 3600)).orElseThrow();
        assertThat(hold.reason()).isEqualTo(HoldReason.OUTSIDE_SENDING_HOURS);
        assertThat(hold.describe()).isEqualTo("held until Fri 2026-12-11 09:00 America/Sao_Paulo: outside sending hours");
        verify(templates).isTransactional(any(), any());
        verifyNoInteractions(mail);
    }
}
