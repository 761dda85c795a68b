package com.leadwire.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.camel.Message;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.web.HttpReply;

/**
 * {@code GET /embed/{key}.js} (route {@code embed-script}): the plain script a site pastes in,
 * with the source's form in it as data. An unknown key is a 404 problem+json (a browser does
 * not run it, so nothing shows on the page).
 */
@Component("embedScripts")
class EmbedScripts {

    private static final String CONFIG_PLACEHOLDER = "/*LEADWIRE_FORM*/null";

    private final FormSources sources;
    private final ObjectMapper json;
    private final String template;

    EmbedScripts(FormSources sources, ObjectMapper json) {
        this.sources = sources;
        this.json = json;
        this.template = load("forms/embed.js");
    }

    /** What the script gets: the form to draw, where to post, and what to say. */
    record ScriptConfig(String key, String kind, String endpoint, String title, List<FormSettings.Field> fields,
                        String submitLabel, String thankYouText, String honeypot, FormSettings.Consent consent,
                        FormSettings.Popup popup) {
    }

    public HttpReply script(Message message) throws JsonProcessingException {
        String file = message.getHeader("file", String.class);
        if (file == null || !file.endsWith(".js")) {
            throw new NotFoundException("no script '" + file + "'");
        }
        FormSources.FormSource source = sources.requireEmbeddable(file.substring(0, file.length() - ".js".length()));
        String script = template.replace(CONFIG_PLACEHOLDER, scriptSafe(json.writeValueAsString(configOf(source))));
        // Cache-Control is set by FormRequestFilter, before Spring Security would mark the answer no-cache
        return new HttpReply(200, "application/javascript; charset=utf-8", script, Map.of());
    }

    private static ScriptConfig configOf(FormSources.FormSource source) {
        FormSettings settings = source.settings();
        boolean popup = source.kind() == SourceKind.POPUP;
        return new ScriptConfig(source.key(), source.kind().name(),
                (popup ? "/api/v1/intake/popups/" : "/api/v1/intake/forms/") + source.key(),
                settings.title() == null ? source.view().name() : settings.title(), settings.fields(), settings.submitLabel(),
                settings.thankYouText(), settings.honeypot(), settings.consent(),
                popup ? (settings.popup() == null ? new FormSettings.Popup(null, null, null) : settings.popup()) : null);
    }

    /** JSON is valid JS; these escapes also keep it inert if someone inlines it in a page. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String load(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
