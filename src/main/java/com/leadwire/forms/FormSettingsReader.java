package com.leadwire.forms;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceSettingsCheck;
import com.leadwire.shared.InvalidInputException;

/**
 * Reads a form source's settings strictly (unknown properties and bad values are refused with
 * a 422 naming them) when the source is saved, and again when a submission or script needs them.
 */
@Component
class FormSettingsReader implements SourceSettingsCheck {

    static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern TARGET = Pattern.compile(
            "contact\\.(email|name|phone|country|language)|deal\\.(title|amount|currency|products|responsible)"
                    + "|(contact|deal)\\.fields\\.[A-Za-z0-9_.-]{1,100}");
    private static final int MAX_TEXT = 2000;

    private final ObjectReader reader;

    FormSettingsReader(ObjectMapper json) {
        this.reader = json.readerFor(FormSettings.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public boolean appliesTo(SourceKind kind) {
        return kind == SourceKind.FORM || kind == SourceKind.POPUP;
    }

    @Override
    public void check(String settings) {
        read(settings);
    }

    FormSettings read(String settings) {
        if (settings == null || settings.isBlank()) {
            return FormSettings.defaults();
        }
        FormSettings parsed;
        try {
            parsed = reader.readValue(settings);
        } catch (UnrecognizedPropertyException e) {
            throw invalid("unknown property '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : ref.getFieldName())
                    .reduce((a, b) -> a + "." + b).orElse("settings");
            throw invalid("'" + path + "' has the wrong type or value");
        } catch (JsonProcessingException e) {
            throw invalid("not valid JSON: " + e.getOriginalMessage());
        }
        if (parsed == null) {
            throw invalid("must be a JSON object");
        }
        validate(parsed);
        return parsed;
    }

    private static void validate(FormSettings settings) {
        Set<String> names = new HashSet<>();
        for (FormSettings.Field field : settings.fields()) {
            requireName("fields.name", field.name());
            if (!names.add(field.name())) {
                throw invalid("field '" + field.name() + "' is defined twice");
            }
            requireText("fields.label", field.label());
            requireText("fields.placeholder", field.placeholder());
            requireText("fields.value", field.value());
            if (field.optionsFrom() != null && field.type() != FormSettings.FieldType.SELECT) {
                throw invalid("field '" + field.name() + "': optionsFrom is for select fields");
            }
            if (field.optionsFrom() != null && !field.options().isEmpty()) {
                throw invalid("select field '" + field.name() + "' takes options or optionsFrom, not both");
            }
            if (field.type() == FormSettings.FieldType.SELECT && field.options().isEmpty() && field.optionsFrom() == null) {
                throw invalid("select field '" + field.name() + "' needs options (or optionsFrom: \"team\")");
            }
            field.options().forEach(option -> {
                if (option == null || option.isBlank()) {
                    throw invalid("field '" + field.name() + "' has an empty option");
                }
                requireText("fields.options", option);
            });
        }
        settings.mapping().forEach((field, target) -> {
            requireName("mapping", field);
            if (target == null || !TARGET.matcher(target).matches()) {
                throw invalid("mapping of '" + field + "': '" + target + "' is not a target (contact.email, contact.name, "
                        + "contact.phone, contact.country, contact.language, contact.fields.<name>, deal.title, deal.amount, "
                        + "deal.currency, deal.products, deal.responsible, deal.fields.<name>)");
            }
        });
        requireText("title", settings.title());
        requireText("submitLabel", settings.submitLabel());
        requireText("thankYouText", settings.thankYouText());
        if (settings.thankYouUrl() != null && !isWebAddress(settings.thankYouUrl(), true)) {
            throw invalid("thankYouUrl must be an absolute http(s) URL");
        }
        settings.allowedOrigins().forEach(origin -> {
            if (origin == null || !isWebAddress(origin, false)) {
                throw invalid("allowedOrigins: '" + origin + "' is not an origin such as https://www.example.com");
            }
        });
        requireName("honeypot", settings.honeypot());
        if (settings.consent() != null) {
            requireName("consent.field", settings.consent().field());
            if (settings.consent().text() == null || settings.consent().text().isBlank()) {
                throw invalid("consent.text is required: it is what the person agrees to");
            }
            requireText("consent.text", settings.consent().text());
        }
        if (settings.rateLimitPerMinute() != null && (settings.rateLimitPerMinute() < 1 || settings.rateLimitPerMinute() > 100_000)) {
            throw invalid("rateLimitPerMinute must be 1–100000");
        }
        if (settings.popup() != null) {
            if (settings.popup().seconds() < 0 || settings.popup().seconds() > 3600) {
                throw invalid("popup.seconds must be 0–3600");
            }
            if (settings.popup().scrollPercent() < 1 || settings.popup().scrollPercent() > 100) {
                throw invalid("popup.scrollPercent must be 1–100");
            }
        }
    }

    private static boolean isWebAddress(String value, boolean pathAllowed) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            return List.of("http", "https").contains(scheme) && uri.getHost() != null && (pathAllowed || bare);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void requireName(String what, String name) {
        if (name == null || !FIELD_NAME.matcher(name).matches()) {
            throw invalid(what + ": '" + name + "' is not a field name (1–100 of A-Z, a-z, 0-9, '_', '-', '.')");
        }
    }

    private static void requireText(String what, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid(what + " has more than " + MAX_TEXT + " characters");
        }
    }

    private static InvalidInputException invalid(String detail) {
        return new InvalidInputException("settings", "form settings: " + detail);
    }
}
