package com.leadwire.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.SampleSender;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;

/**
 * A form's or pop-up's test: a JSON post filled in the way a visitor would (each field a value
 * its type and target accept, a select's first option, consent given), through every check of a
 * real submission.
 */
@Component
class FormSamples implements SampleSender {

    private static final String PANEL_ADDRESS = "panel";

    private final FormSources sources;
    private final FormSubmissions submissions;
    private final ObjectMapper json;

    FormSamples(FormSources sources, FormSubmissions submissions, ObjectMapper json) {
        this.sources = sources;
        this.submissions = submissions;
        this.json = json;
    }

    @Override
    public boolean appliesTo(SourceKind kind) {
        return kind == SourceKind.FORM || kind == SourceKind.POPUP;
    }

    @Override
    public IntakeResult send(SourceView source, Sample sample) {
        FormSettings settings = sources.requireEmbeddable(source.key()).settings();
        Map<String, String> values = new LinkedHashMap<>();
        for (FormSettings.Field field : settings.fields()) {
            String value = valueOf(field, FieldMapping.targetOf(field.name(), settings), sample);
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        if (!values.containsValue(sample.email())) {
            values.put("email", sample.email());
        }
        if (settings.consent() != null) {
            values.put(settings.consent().field(), "true");
        }
        values.put(FieldMapping.SUBMISSION_ID, sample.id());
        try {
            FormPost post = new FormPost(source.key(), "application/json", "application/json", null, sample.id(), PANEL_ADDRESS,
                    json.writeValueAsBytes(values));
            return submissions.accept(source.kind(), post).result();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String valueOf(FormSettings.Field field, String target, Sample sample) {
        if (field.type() == FormSettings.FieldType.HIDDEN) {
            return field.value();
        }
        if (field.type() == FormSettings.FieldType.EMAIL || target.equals("contact.email")) {
            return sample.email();
        }
        if (field.type() == FormSettings.FieldType.SELECT) {
            return field.options().isEmpty() ? null : field.options().get(0);
        }
        return switch (target) {
            case "contact.name" -> sample.name();
            case "contact.phone" -> "+5511999990000";
            case "contact.country" -> "BR";
            case "contact.language" -> "pt-BR";
            case "deal.amount" -> "100";
            case "deal.currency" -> "BRL";
            case "deal.responsible" -> null;
            default -> switch (field.type()) {
                case CHECKBOX -> "true";
                case NUMBER -> "1";
                case TEL -> "+5511999990000";
                default -> "Sample " + (field.label() == null || field.label().isBlank() ? field.name() : field.label());
            };
        };
    }
}
