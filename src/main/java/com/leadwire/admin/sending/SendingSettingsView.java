package com.leadwire.admin.sending;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.leadwire.admin.MainLayout;
import com.leadwire.automation.SendingPolicy;
import com.leadwire.automation.SendingSettings;
import com.leadwire.automation.SendingSettingsDraft;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Sending like a considerate sender: the business time zone, the sending hours and the daily limit
 * per contact of automated marketing e-mails, each with its own switch. The same
 * {@link SendingSettings#update} as {@code PUT /api/v1/settings/sending}; a refusal shows on its field.
 */
@Route(value = "sending", layout = MainLayout.class)
@PageTitle("Leadwire – Sending hours")
@RolesAllowed("ADMIN")
class SendingSettingsView extends VerticalLayout {

    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("sending.timeZone"));
    final Checkbox hoursOn = new Checkbox(getTranslation("sending.hours.on"));
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("sending.hours.days"));
    final TimePicker from = new TimePicker(getTranslation("sending.hours.from"));
    final TimePicker to = new TimePicker(getTranslation("sending.hours.to"));
    final Checkbox capOn = new Checkbox(getTranslation("sending.cap.on"));
    final IntegerField perContact = new IntegerField(getTranslation("sending.cap.perContact"));
    final Button save = new Button(getTranslation("sending.save"));

    private final SendingSettings settings;
    private final String actor;
    private final Map<String, HasValidation> fields;

    SendingSettingsView(SendingSettings settings, AuthenticationContext authentication) {
        this.settings = settings;
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.fields = Map.of("timeZone", timeZone, "sendingHours.days", days, "sendingHours.from", from, "sendingHours.to", to,
                "dailyCap.perContact", perContact);
        setMaxWidth("60em");

        Paragraph intro = new Paragraph(getTranslation("sending.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");

        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setHelperText(getTranslation("sending.timeZone.help"));
        timeZone.setWidth("22em");

        days.setItems(EnumSet.allOf(DayOfWeek.class));
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        from.setStep(Duration.ofMinutes(15));
        to.setStep(Duration.ofMinutes(15));
        from.setWidth("16em");
        to.setWidth("16em");
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setHelperText(getTranslation("sending.hours.from.help"));
        to.setHelperText(getTranslation("sending.hours.to.help"));
        hoursOn.addValueChangeListener(change -> showHours());

        perContact.setMin(1);
        perContact.setMax(SendingSettings.MAX_PER_CONTACT);
        perContact.setStepButtonsVisible(true);
        perContact.setWidth("22em");
        perContact.setHelperText(getTranslation("sending.cap.perContact.help", SendingSettings.MAX_PER_CONTACT));
        capOn.addValueChangeListener(change -> showCap());

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        add(new H2(getTranslation("sending.title")), intro, timeZone,
                new H3(getTranslation("sending.hours.title")), hoursOn, days, new HorizontalLayout(from, to),
                new H3(getTranslation("sending.cap.title")), capOn, perContact,
                note(getTranslation("sending.note")), save);
        show(settings.current());
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return note;
    }

    private void show(SendingPolicy policy) {
        timeZone.setValue(policy.zone().getId());
        hoursOn.setValue(policy.hoursOn());
        days.setValue(policy.days());
        from.setValue(policy.from());
        to.setValue(policy.to());
        capOn.setValue(policy.capOn());
        perContact.setValue(policy.perContact());
        showHours();
        showCap();
    }

    /** Off, the hours are kept for when they are turned on again, but not edited. */
    private void showHours() {
        days.setEnabled(hoursOn.getValue());
        from.setEnabled(hoursOn.getValue());
        to.setEnabled(hoursOn.getValue());
    }

    private void showCap() {
        perContact.setEnabled(capOn.getValue());
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        Set<DayOfWeek> chosen = days.getValue();
        List<String> dayNames = EnumSet.allOf(DayOfWeek.class).stream().filter(chosen::contains).map(DayOfWeek::name).toList();
        SendingSettingsDraft draft = new SendingSettingsDraft(timeZone.getValue(),
                new SendingSettingsDraft.Hours(hoursOn.getValue(), dayNames, hour(from.getValue()), hour(to.getValue())),
                new SendingSettingsDraft.Cap(capOn.getValue(), perContact.getValue()));
        try {
            show(settings.update(draft, actor));
            Notification.show(getTranslation("sending.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            HasValidation field = fields.get(refused.field());
            String message = getTranslation("sending.error." + refused.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String hour(LocalTime time) {
        return time == null ? null : time.format(SendingPolicy.HOUR);
    }
}
