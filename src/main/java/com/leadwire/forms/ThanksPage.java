package com.leadwire.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Message;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.web.HttpReply;

/**
 * {@code GET /embed/thanks?form={key}} (route {@code embed-thanks}): where a plain HTML post is
 * redirected when its source names no thank-you URL. Portuguese or English by Accept-Language;
 * the form's own thank-you text when it has one.
 */
@Component("thanksPage")
class ThanksPage {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pt"));
    private static final Map<String, String[]> TEXT = Map.of(
            "en", new String[] {"Thank you", "Thank you! We have received your details and will be in touch soon."},
            "pt", new String[] {"Obrigado", "Obrigado! Recebemos os seus dados e entraremos em contato em breve."});

    private final FormSources sources;

    ThanksPage(FormSources sources) {
        this.sources = sources;
    }

    public HttpReply render(Message message) {
        String language = languageOf(message.getHeader("Accept-Language", String.class));
        String[] text = TEXT.get(language);
        String form = message.getHeader("form", String.class);
        String thanks = text[1];
        if (form != null && !form.isBlank()) {
            try {
                String own = sources.requireEmbeddable(form).settings().thankYouText();
                thanks = own == null ? thanks : own;
            } catch (NotFoundException e) {
                // an old or mistyped link still deserves the thank-you
            }
        }
        String page = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;display:flex;min-height:90vh;align-items:center;justify-content:center;margin:0}
                main{max-width:32rem;padding:2rem;text-align:center}</style></head>
                <body><main><h1>%s</h1><p id="leadwire-thanks">%s</p></main></body></html>
                """.formatted(language, text[0], text[0], HtmlUtils.htmlEscape(thanks));
        return new HttpReply(200, "text/html; charset=utf-8", page,
                Map.of("Content-Language", language, "Vary", "Accept-Language"));
    }

    private static String languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return best == null ? "en" : best.getLanguage();
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }
}
