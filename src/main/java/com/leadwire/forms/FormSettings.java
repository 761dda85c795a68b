package com.leadwire.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code settings} JSON of a FORM or POPUP source. Every part is optional:
 * <pre>{@code
 * {
 *   "title": "Fale com a gente",                 // heading of the embedded form (default: the source name)
 *   "fields": [                                  // what the embed script renders
 *     {"name": "nome", "label": "Nome", "type": "text", "required": true},
 *     {"name": "plataforma", "label": "Plataforma", "type": "select", "options": ["autocloud", "Feirão Digital"]},
 *     {"name": "responsavel", "label": "Responsável", "type": "select", "optionsFrom": "team"}, // the active reps' names
 *     {"name": "origem", "type": "hidden", "value": "site"}
 *   ],
 *   "mapping": {"nome": "contact.name", "plataforma": "deal.fields.platform", "produtos": "deal.products"},
 *   "submitLabel": "Enviar",
 *   "thankYouText": "Obrigado!",                 // shown by the script after a successful post
 *   "thankYouUrl": "https://site.example/obrigado", // plain HTML posts are redirected here (303)
 *   "allowedOrigins": ["https://site.example"],  // empty or absent: any origin may post
 *   "honeypot": "website",                       // hidden field that must stay empty (default "website")
 *   "consent": {"required": true, "field": "consent", "text": "I agree to be contacted"},
 *   "rateLimitPerMinute": 20,                    // per client IP; default leadwire.forms.rate-limit.per-minute
 *   "popup": {"trigger": "delay", "seconds": 5}  // POPUP only: delay (seconds), exit-intent, or scroll (scrollPercent)
 * }
 * }</pre>
 * Mapping targets: {@code contact.email|name|phone|country|language}, {@code contact.fields.<name>},
 * {@code deal.title|amount|currency|products|responsible} ({@code responsible} must name an active team member) and
 * {@code deal.fields.<name>}. A submitted name that is not one of a select's options (a rep who left
 * since the page was loaded, a made-up post) is refused with a 422 naming the field: the visitor is
 * still on the form and picks again, so the lead is not lost, and a deal is never given to a
 * stranger or silently to nobody. A submitted field without a mapping goes to the target of its own name
 * ({@code email}, {@code name}, {@code phone}, {@code country}, {@code language}, {@code title},
 * {@code amount} or {@code value}, {@code currency}, {@code products}), else to a deal custom field.
 */
public record FormSettings(String title, List<Field> fields, Map<String, String> mapping, String submitLabel,
                           String thankYouText, String thankYouUrl, List<String> allowedOrigins, String honeypot,
                           Consent consent, Integer rateLimitPerMinute, Popup popup) {

    public static final String DEFAULT_HONEYPOT = "website";

    public FormSettings {
        fields = fields == null ? List.of() : List.copyOf(fields);
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        honeypot = honeypot == null ? DEFAULT_HONEYPOT : honeypot;
    }

    public static FormSettings defaults() {
        return new FormSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Forms are public by design: without a list of origins, any site may post. */
    public boolean allowsOrigin(String origin) {
        return allowedOrigins.isEmpty() || allowedOrigins.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(origin));
    }

    /**
     * One input of the form. {@code options} are the choices of a select; {@code optionsFrom: "team"}
     * makes them the team's active reps instead, as they are when the form is shown or submitted.
     * {@code value} is the preset one.
     */
    public record Field(String name, String label, FieldType type, boolean required, List<String> options, OptionsSource optionsFrom,
                        String value, String placeholder) {

        public Field {
            type = type == null ? FieldType.TEXT : type;
            options = options == null ? List.of() : List.copyOf(options);
        }

        Field withOptions(List<String> filled) {
            return new Field(name, label, type, required, filled, optionsFrom, value, placeholder);
        }
    }

    /** Where a select's options come from, other than its own list. */
    public enum OptionsSource {
        /** The display names of the team's active reps: a team member picked this way becomes the deal's responsible rep. */
        TEAM;

        @JsonCreator
        static OptionsSource of(String value) {
            return valueOf(constantName(value));
        }

        @JsonValue
        String json() {
            return jsonName(this);
        }
    }

    /** The same settings with these fields (a select's options filled in). */
    FormSettings withFields(List<Field> filled) {
        return new FormSettings(title, filled, mapping, submitLabel, thankYouText, thankYouUrl, allowedOrigins, honeypot, consent,
                rateLimitPerMinute, popup);
    }

    public enum FieldType {
        TEXT, EMAIL, TEL, NUMBER, TEXTAREA, SELECT, CHECKBOX, HIDDEN;

        @JsonCreator
        static FieldType of(String value) {
            return valueOf(constantName(value));
        }

        @JsonValue
        String json() {
            return jsonName(this);
        }
    }

    /** A consent checkbox: when given, its text and the time are stored with the contact. */
    public record Consent(boolean required, String field, String text) {

        public static final String DEFAULT_FIELD = "consent";

        public Consent {
            field = field == null ? DEFAULT_FIELD : field;
        }
    }

    /** When a pop-up opens: after {@code seconds}, when the pointer leaves the page, or past {@code scrollPercent}. */
    public record Popup(PopupTrigger trigger, Integer seconds, Integer scrollPercent) {

        public Popup {
            trigger = trigger == null ? PopupTrigger.DELAY : trigger;
            seconds = seconds == null ? 5 : seconds;
            scrollPercent = scrollPercent == null ? 50 : scrollPercent;
        }
    }

    public enum PopupTrigger {
        DELAY, EXIT_INTENT, SCROLL;

        @JsonCreator
        static PopupTrigger of(String value) {
            return valueOf(constantName(value));
        }

        @JsonValue
        String json() {
            return jsonName(this);
        }
    }

    private static String constantName(String json) {
        return json.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
