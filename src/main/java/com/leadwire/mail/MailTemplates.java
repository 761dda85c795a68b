package com.leadwire.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/** The named templates, and rendering one with a model ({@code {{contact.name}}}, {@code {{deal.title}}} …). */
@Service
@Transactional(readOnly = true)
public class MailTemplates {

    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().defaultValue("").escapeHTML(false);

    private final MailTemplateRepository templates;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    MailTemplates(MailTemplateRepository templates) {
        this.templates = templates;
    }

    private record Compiled(String subjectSource, String bodySource, Template subject, Template body) {
    }

    public List<MailTemplateView> all() {
        return templates.findAll().stream().map(MailTemplate::view).toList();
    }

    public Optional<MailTemplateView> find(String name) {
        return templates.findByName(name).map(MailTemplate::view);
    }

    @Transactional
    public MailTemplateView save(String name, String subject, String body) {
        compileOrReject(subject, body);
        MailTemplate template = templates.findByName(name).orElse(null);
        if (template == null) {
            template = templates.save(new MailTemplate(name, subject, body));
        } else {
            template.change(subject, body);
        }
        compiled.remove(name);
        return template.view();
    }

    @Transactional
    public void delete(String name) {
        MailTemplate template = templates.findByName(name).orElseThrow(() -> new NotFoundException("no mail template '" + name + "'"));
        templates.delete(template);
        compiled.remove(name);
    }

    public MailContent render(String name, List<String> to, List<String> bcc, Map<String, Object> model) {
        MailTemplateView view = find(name).orElseThrow(() -> new NotFoundException("no mail template '" + name + "'"));
        Compiled template = compiled.compute(name, (key, cached) ->
                cached != null && cached.subjectSource().equals(view.subject()) && cached.bodySource().equals(view.body())
                        ? cached : compileOrReject(view.subject(), view.body()));
        return new MailContent(to, bcc, template.subject().execute(model).strip(), template.body().execute(model));
    }

    private static Compiled compileOrReject(String subject, String body) {
        try {
            return new Compiled(subject, body, MUSTACHE.compile(subject), MUSTACHE.compile(body));
        } catch (MustacheException e) {
            throw new InvalidInputException("template", "template does not compile: " + e.getMessage());
        }
    }
}
