package com.leadwire.admin.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.HtmlUtils;

import com.leadwire.privacy.Unsubscribes;
import com.leadwire.privacy.Unsubscribes.LinkedContact;
import com.vaadin.flow.i18n.I18NProvider;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public page behind the unsubscribe link of every marketing e-mail (no login): GET asks for a
 * confirmation in the contact's language, POST unsubscribes; so does a mail client's RFC 8058
 * one-click POST (body {@code List-Unsubscribe=One-Click}) to the same address. A link that is not
 * valid answers 404 and changes nothing. Plain server-rendered HTML: it must work in any browser.
 */
@Controller
class UnsubscribePage {

    static final String PATH = "/unsubscribe/{token}";
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

    private final Unsubscribes unsubscribes;
    private final I18NProvider texts;

    UnsubscribePage(Unsubscribes unsubscribes, I18NProvider texts) {
        this.unsubscribes = unsubscribes;
        this.texts = texts;
    }

    @GetMapping(PATH)
    ResponseEntity<String> confirm(@PathVariable String token, HttpServletRequest request) {
        Optional<LinkedContact> contact = unsubscribes.linked(token);
        if (contact.isEmpty()) {
            return invalid(request);
        }
        Locale locale = localeOf(contact.get());
        if (contact.get().unsubscribed()) {
            return page(HttpStatus.OK, locale, "privacy.unsubscribe.done", "privacy.unsubscribe.done.text", null);
        }
        String form = "<form method=\"post\" action=\"/unsubscribe/" + HtmlUtils.htmlEscape(token, "UTF-8") + "\"><button type=\"submit\">"
                + HtmlUtils.htmlEscape(texts.getTranslation("privacy.unsubscribe.button", locale), "UTF-8") + "</button></form>";
        return page(HttpStatus.OK, locale, "privacy.unsubscribe.title", "privacy.unsubscribe.question", form);
    }

    /** The page's button and the one-click POST alike: whatever the body, the signed link is what counts. */
    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@PathVariable String token, HttpServletRequest request) {
        if (unsubscribes.linked(token).isEmpty()) {
            return invalid(request);
        }
        LinkedContact contact = unsubscribes.unsubscribeByLink(token);
        return page(HttpStatus.OK, localeOf(contact), "privacy.unsubscribe.done", "privacy.unsubscribe.done.text", null);
    }

    private ResponseEntity<String> invalid(HttpServletRequest request) {
        // no contact to ask: the reader's browser, else Brazilian Portuguese as for contacts without a language
        String accepted = request.getHeader("Accept-Language");
        Locale locale = accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : PORTUGUESE;
        return page(HttpStatus.NOT_FOUND, locale, "privacy.unsubscribe.invalid", "privacy.unsubscribe.invalid.text", null);
    }

    /** The contact's language as e-mails pick it: English for en*, else Brazilian Portuguese. */
    private static Locale localeOf(LinkedContact contact) {
        boolean english = contact.language() != null && contact.language().toLowerCase(Locale.ROOT).matches("en([-_].*)?");
        return english ? Locale.ENGLISH : PORTUGUESE;
    }

    private ResponseEntity<String> page(HttpStatus status, Locale locale, String titleKey, String textKey, String form) {
        String title = HtmlUtils.htmlEscape(texts.getTranslation(titleKey, locale), "UTF-8");
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}
                button{font-size:1rem;padding:.6rem 1.2rem;cursor:pointer}</style></head>
                <body><h1>%s</h1><p>%s</p>%s</body></html>
                """.formatted(locale.toLanguageTag(), title, title, HtmlUtils.htmlEscape(texts.getTranslation(textKey, locale), "UTF-8"),
                form == null ? "" : form);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }
}
