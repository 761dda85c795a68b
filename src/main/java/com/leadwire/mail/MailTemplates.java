package com.leadwire.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.shared.CachedSnapshot;
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
    private final CachedSnapshot<Map<String, MailTemplateView>> byName;

    MailTemplates(MailTemplateRepository templates, PlatformTransactionManager transactions) {
        this.templates = templates;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.byName = new CachedSnapshot<>(Duration.ofSeconds(5), () -> readOnly.execute(status -> templates.findAll().stream()
                .map(MailTemplate::view).collect(Collectors.toMap(MailTemplateView::name, Function.identity()))));
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
        byName.invalidate();
        return template.view();
    }

    @Transactional
    public void delete(String name) {
        MailTemplate template = templates.findByName(name).orElseThrow(() -> new NotFoundException("no mail template '" + name + "'"));
        templates.delete(template);
        compiled.remove(name);
        byName.invalidate();
    }

    /** Renders from the cached templates: this runs for every e-mail an intake event triggers. */
    public MailContent render(String name, List<String> to, List<String> bcc, Map<String, Object> model) {
        MailTemplateView view = Optional.ofNullable(byName.get().get(name)).orElseThrow(() -> new NotFoundException("no mail template '" + name + "'"));
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
