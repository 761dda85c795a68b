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
        return rendered(compiled(template == null || template.isBlank() ? DEFAULT_TEMPLATE : template), contactName, contactEmail,
                fields, sourceName, products);
    }

    /** The title while a template is being written: compiled afresh each time, so drafts never fill the cache. */
    static String preview(String template, String contactName, String contactEmail, Map<String, String> fields, String sourceName,
                          java.util.List<String> products) {
        return rendered(template == null || template.isBlank() ? compiled(DEFAULT_TEMPLATE) : compile(template), contactName,
                contactEmail, fields, sourceName, products);
    }

    private static String rendered(Template template, String contactName, String contactEmail, Map<String, String> fields,
                                   String sourceName, java.util.List<String> products) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", contactName);
        contact.put("email", contactEmail);
        Map<String, Object> model = Map.of(
                "contact", contact,
                "fields", fields,
                "source", Map.of("name", sourceName == null ? "" : sourceName),
                "deal", Map.of("products", String.join(", ", products)));
        String rendered = template.execute(model).strip();
        return clipped(rendered.isEmpty() ? contactEmail : rendered);
    }

    static void requireValid(String template) {
        if (template != null && !template.isBlank()) {
            compiled(template);
        }
    }

    private static Template compiled(String template) {
        return COMPILED.computeIfAbsent(template, DealTitles::compile);
    }

    private static Template compile(String template) {
        try {
            return MUSTACHE.compile(template);
        } catch (MustacheException e) {
            throw new InvalidInputException("dealTitleTemplate", "the deal title template does not compile: " + e.getMessage());
        }
    }

    private static String clipped(String title) {
        return title.length() <= MAX_LENGTH ? title : title.substring(0, MAX_LENGTH);
    }
}
