package com.leadwire.admin.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.forms.FormSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A form's or pop-up's settings ({@link FormSettings}): its texts, its fields as rows, each with
 * the contact or deal field it fills, and a pop-up's opening options. Settings the editor does not
 * show (allowed origins, consent, rate limit, thank-you page) are kept.
 */
class FormEditor extends VerticalLayout implements SettingsEditor {

    final TextField title = new TextField();
    final TextField submitLabel = new TextField();
    final TextField thankYouText = new TextField();
    final VerticalLayout rows = new VerticalLayout();
    final Paragraph noFields = new Paragraph();
    final Button addField = new Button();
    final List<FormFieldRow> fields = new ArrayList<>();
    /** Only for a pop-up. */
    final PopupOptions popup;

    private final FormSettings loaded;
    private final FieldTargets targets;
    private final ObjectMapper json;

    FormEditor(FormSettings loaded, boolean isPopup, FieldTargets targets, ObjectMapper json) {
        this.loaded = loaded;
        this.targets = targets;
        this.json = json;
        setPadding(false);
        title.setLabel(getTranslation("sources.form.title"));
        title.setHelperText(getTranslation("sources.form.title.help"));
        title.setValue(orEmpty(loaded.title()));
        submitLabel.setLabel(getTranslation("sources.form.submitLabel"));
        submitLabel.setValue(orEmpty(loaded.submitLabel()));
        thankYouText.setLabel(getTranslation("sources.form.thankYouText"));
        thankYouText.setValue(orEmpty(loaded.thankYouText()));
        thankYouText.setWidth("24em");
        HorizontalLayout texts = new HorizontalLayout(title, submitLabel, thankYouText);
        texts.setWrap(true);

        rows.setPadding(false);
        rows.setSpacing(false);
        noFields.setText(getTranslation("sources.form.noFields"));
        addField.setText(getTranslation("sources.form.addField"));
        addField.setIcon(VaadinIcon.PLUS.create());
        addField.addClickListener(click -> {
            addRow(new FormSettings.Field("", null, null, false, null, null, null, null), null);
            fields.get(fields.size() - 1).name.focus();
        });
        loaded.fields().forEach(field -> addRow(field, loaded.mapping().get(field.name())));

        add(new H3(getTranslation("sources.form.fields")), new Paragraph(getTranslation("sources.form.fields.help")), rows, noFields,
                addField, new H3(getTranslation("sources.form.texts")), texts);
        if (isPopup) {
            popup = new PopupOptions(loaded.popup());
            add(new H3(getTranslation("sources.popup.title")), popup);
        } else {
            popup = null;
        }
        showEmpty();
    }

    /** A new form asks for a name and an e-mail, the least a lead needs. */
    static FormSettings starter(String nameLabel, String emailLabel) {
        return new FormSettings(null, List.of(
                new FormSettings.Field("name", nameLabel, FormSettings.FieldType.TEXT, true, null, null, null, null),
                new FormSettings.Field("email", emailLabel, FormSettings.FieldType.EMAIL, true, null, null, null, null)),
                Map.of("name", "contact.name", "email", "contact.email"), null, null, null, null, null, null, null, null);
    }

    private void addRow(FormSettings.Field field, String target) {
        FormFieldRow[] row = new FormFieldRow[1];
        row[0] = new FormFieldRow(field, target, targets, () -> {
            fields.remove(row[0]);
            rows.remove(row[0]);
            showEmpty();
        });
        fields.add(row[0]);
        rows.add(row[0]);
        showEmpty();
    }

    private void showEmpty() {
        noFields.setVisible(fields.isEmpty());
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public String settings() {
        Map<String, String> mapping = new LinkedHashMap<>();
        // a mapping may name a field the form does not draw (a site's own HTML form posts it)
        loaded.mapping().forEach((name, target) -> {
            if (loaded.fields().stream().noneMatch(field -> field.name().equals(name))) {
                mapping.put(name, target);
            }
        });
        List<FormSettings.Field> shown = new ArrayList<>();
        for (FormFieldRow row : fields) {
            FormSettings.Field field = row.field();
            shown.add(field);
            if (row.target() != null) {
                mapping.put(field.name(), row.target());
            }
        }
        FormSettings settings = new FormSettings(blankToNull(title.getValue()), shown, mapping, blankToNull(submitLabel.getValue()),
                blankToNull(thankYouText.getValue()), loaded.thankYouUrl(), loaded.allowedOrigins(), loaded.honeypot(),
                loaded.consent(), loaded.rateLimitPerMinute(), popup == null ? loaded.popup() : popup.popup());
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return FormFieldRow.blankToNull(text);
    }
}
