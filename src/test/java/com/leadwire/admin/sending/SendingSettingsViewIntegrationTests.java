package com.leadwire.admin.sending;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.SendingPolicy;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

/** The sending settings view: it shows what is in force, saves through the service, shows a refusal on its field, and speaks Portuguese. */
@OnH2
class SendingSettingsViewIntegrationTests extends PanelTestSupport {

    @Autowired
    SendingSettings settings;

    private SendingSettingsDraft before;

    @BeforeEach
    void keepSettings() {
        before = settings.current().draft();
    }

    @AfterEach
    void restore() {
        settings.update(before, "test");
    }

    private SendingSettingsView opened(Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("sending");
        return _get(SendingSettingsView.class);
    }

    @Test
    void itShowsTheSettingsInForceWithTheirPartsDisabledWhileOff() {
        settings.update(new SendingSettingsDraft("America/Sao_Paulo", new SendingSettingsDraft.Hours(false, java.util.List.of("MONDAY",
                "TUESDAY"), "08:30", "17:00"), new SendingSettingsDraft.Cap(false, 4)), "test");
        SendingSettingsView view = opened(Locale.ENGLISH);

        assertThat(view.timeZone.getValue()).isEqualTo("America/Sao_Paulo");
        assertThat(view.hoursOn.getValue()).isFalse();
        assertThat(view.days.getValue()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(view.from.getValue()).isEqualTo(LocalTime.of(8, 30));
        assertThat(view.to.getValue()).isEqualTo(LocalTime.of(17, 0));
        assertThat(view.perContact.getValue()).isEqualTo(4);
        assertThat(view.days.isEnabled()).as("off: kept, not edited").isFalse();
        assertThat(view.perContact.isEnabled()).isFalse();
        assertThat(_get(H2.class).getText()).isEqualTo("Sending hours and daily limit");
        assertThat(view.hoursOn.getLabel()).isEqualTo("Send automated marketing e-mails only during sending hours");
    }

    @Test
    void turningBothOnIsSavedThroughTheServiceAndAudited() {
        SendingSettingsView view = opened(Locale.ENGLISH);
        _setValue(view.timeZone, "Europe/Lisbon");
        _setValue(view.hoursOn, true);
        assertThat(view.days.isEnabled()).isTrue();
        _setValue(view.days, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        _setValue(view.from, LocalTime.of(10, 0));
        _setValue(view.to, LocalTime.of(16, 45));
        _setValue(view.capOn, true);
        _setValue(view.perContact, 2);
        _click(view.save);

        expectNotifications("Sending settings saved");
        SendingPolicy saved = settings.current();
        assertThat(saved.zone().getId()).isEqualTo("Europe/Lisbon");
        assertThat(saved.hoursOn()).isTrue();
        assertThat(saved.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(saved.from()).isEqualTo(LocalTime.of(10, 0));
        assertThat(saved.to()).isEqualTo(LocalTime.of(16, 45));
        assertThat(saved.capOn()).isTrue();
        assertThat(saved.perContact()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_entry WHERE action = 'sending-settings.updated' AND actor = 'admin' "
                + "ORDER BY recorded_at DESC, id DESC LIMIT 1", String.class))
                .contains("now zone Europe/Lisbon, hours on MONDAY,WEDNESDAY,FRIDAY 10:00-16:45, cap on 2 a day");
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnItsFieldAndNothingChanges() {
        SendingSettingsView view = opened(Locale.ENGLISH);
        _setValue(view.hoursOn, true);
        _setValue(view.from, LocalTime.of(18, 0));
        _setValue(view.to, LocalTime.of(9, 0));
        _click(view.save);

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("Enter an end time (HH:MM) later than the start time; hours across midnight "
                + "are not supported.");
        assertThat(settings.current().draft()).isEqualTo(before);

        _setValue(view.to, LocalTime.of(20, 0));
        _setValue(view.days, EnumSet.noneOf(DayOfWeek.class));
        _click(view.save);
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.days.isInvalid()).isTrue();
        assertThat(view.days.getErrorMessage()).isEqualTo("Choose at least one sending day.");
        assertThat(settings.current().draft()).isEqualTo(before);
    }

    @Test
    void aCapOutOfRangeIsRefusedInPortuguese() {
        SendingSettingsView view = opened(Locale.forLanguageTag("pt-BR"));
        assertThat(_get(H2.class).getText()).isEqualTo("Horário de envio e limite diário");
        assertThat(view.days.getItemLabelGenerator().apply(DayOfWeek.MONDAY)).isEqualTo("segunda-feira");
        _setValue(view.capOn, true);
        _setValue(view.perContact, 0);
        _click(view.save);

        assertThat(view.perContact.isInvalid()).isTrue();
        assertThat(view.perContact.getErrorMessage()).isEqualTo("Informe um número inteiro de e-mails de 1 a 100.");
        assertThat(settings.current().draft()).isEqualTo(before);
    }
}
