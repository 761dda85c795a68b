package com.leadwire.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * A template version's three parts, compiled. Values are HTML-escaped in the HTML part only.
 * {@code transactional}: sent even to a contact who unsubscribed, without an unsubscribe link.
 */
record CompiledTemplate(Template subject, Template html, Template text, boolean transactional) {

    private static final Mustache.Compiler PLAIN = Mustache.compiler().defaultValue("").escapeHTML(false);
    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("").escapeHTML(true);

    /** Refuses a part that does not compile, naming it as the API names it. */
    static CompiledTemplate of(MailTemplateDraft draft) {
        return new CompiledTemplate(compile(PLAIN, "subject", draft.subject()), compile(HTML, "html", draft.html()),
                compile(PLAIN, "text", draft.text()), draft.transactional());
    }

    RenderedMail render(MailModel model) {
        Object values = model.asMustacheModel();
        return new RenderedMail(subject.execute(values).strip(), html.execute(values), text.execute(values));
    }

    private static Template compile(Mustache.Compiler compiler, String field, String source) {
        try {
            return compiler.compile(source);
        } catch (MustacheException e) {
            throw new MustacheSyntaxException(field, e.getMessage());
        }
    }
}
