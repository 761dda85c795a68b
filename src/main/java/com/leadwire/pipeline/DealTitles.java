package com.leadwire.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import com.leadwire.shared.InvalidInputException;

/**
 * Names a new deal from its source's template, e.g. {@code {{contact.name}} – {{fields.platform}}}.
 * Variables: contact.name, contact.email, fields.*, source.name, deal.products.
 */
final class DealTitles {

    static final String DEFAULT_TEMPLATE = "{{contact.name}}{{^contact.name}}{{contact.email}}{{/contact.name}}";
    private static final int MAX_LENGTH = 500;
    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().defaultValue("").escapeHTML(false);
    private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

    private DealTitles() {
    }

    static String title(String requested, String template, String contactName, String contactEmail,
                        Map<String, String> fields, String sourceName, java.util.List<String> products) {
        if (requested != null && !requested.isBlank()) {
            return clipped(requested.strip());
        }
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", contactName);
        contact.put("email", contactEmail);
        Map<String, Object> model = Map.of(
                "contact", contact,
                "fields", fields,
                "source", Map.of("name", sourceName == null ? "" : sourceName),
                "deal", Map.of("products", String.join(", ", products)));
        String rendered = compiled(template == null || template.isBlank() ? DEFAULT_TEMPLATE : template).execute(model).strip();
        return clipped(rendered.isEmpty() ? contactEmail : rendered);
    }

    static void requireValid(String template) {
        if (template != null && !template.isBlank()) {
            compiled(template);
        }
    }

    private static Template compiled(String template) {
        return COMPILED.computeIfAbsent(template, source -> {
            try {
                return MUSTACHE.compile(source);
            } catch (MustacheException e) {
                throw new InvalidInputException("dealTitleTemplate", "the deal title template does not compile: " + e.getMessage());
            }
        });
    }

    private static String clipped(String title) {
        return title.length() <= MAX_LENGTH ? title : title.substring(0, MAX_LENGTH);
    }
}
