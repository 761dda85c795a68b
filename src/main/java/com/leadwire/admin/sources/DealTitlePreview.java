package com.leadwire.admin.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.leadwire.fields.CustomField;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The deal title template and, as it is typed, the title a sample lead would get (the same
 * rendering as intake's), or why the template does not work.
 */
class DealTitlePreview extends VerticalLayout {

    static final String SAMPLE_NAME = "Ana Souza";
    static final String SAMPLE_EMAIL = "ana.souza@example.com";

    final TextField template = new TextField();
    final Span preview = new Span();

    private final Sources sources;
    private final Supplier<String> sourceName;
    private final Map<String, String> sampleFields = new LinkedHashMap<>();

    DealTitlePreview(Sources sources, CustomFields catalogue, Supplier<String> sourceName) {
        this.sources = sources;
        this.sourceName = sourceName;
        setPadding(false);
        setSpacing(false);
        for (CustomField field : catalogue.of(FieldScope.DEAL)) {
            sampleFields.put(field.name(), field.options().isEmpty() ? field.label(getLocale()) : field.options().get(0));
        }
        template.setLabel(getTranslation("sources.titleTemplate"));
        template.setPlaceholder(getTranslation("sources.titleTemplate.placeholder"));
        template.setHelperText(getTranslation("sources.titleTemplate.help"));
        template.setWidthFull();
        template.setValueChangeMode(ValueChangeMode.LAZY);
        template.setValueChangeTimeout(250);
        template.addValueChangeListener(change -> refresh());
        preview.getElement().setAttribute("aria-live", "polite");
        add(template, preview);
        refresh();
    }

    /** Shows the title again, e.g. after the source's name changed. */
    void refresh() {
        try {
            String title = sources.previewTitle(template.getValue(), SAMPLE_NAME, SAMPLE_EMAIL, sampleFields, sourceName.get(),
                    List.of(getTranslation("sources.sample.product")));
            preview.setText(getTranslation("sources.titleTemplate.preview", title));
            preview.getStyle().set("color", "var(--lumo-success-text-color)");
            template.setInvalid(false);
        } catch (InvalidInputException broken) {
            preview.setText(getTranslation("sources.titleTemplate.broken", broken.getMessage()));
            preview.getStyle().set("color", "var(--lumo-error-text-color)");
            template.setInvalid(true);
        }
    }
}
