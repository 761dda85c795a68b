package com.leadwire.mail;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.shared.CachedSnapshot;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * The named templates, one version per language, and rendering one with a {@link MailModel}.
 * The API and the panel both edit them here.
 */
@Service
@Transactional(readOnly = true)
public class MailTemplates {

    private static final int MAX_NAME = 200;
    private static final int MAX_SUBJECT = 500;

    private final MailTemplateRepository templates;
    private final ObjectProvider<MailTemplateUsage> usages;
    private final CachedSnapshot<Map<String, Map<MailLanguage, CompiledTemplate>>> byName;

    MailTemplates(MailTemplateRepository templates, ObjectProvider<MailTemplateUsage> usages, PlatformTransactionManager transactions) {
        this.templates = templates;
        this.usages = usages;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.byName = new CachedSnapshot<>(Duration.ofSeconds(5), () -> readOnly.execute(status -> templates.findAll().stream()
                .map(MailTemplate::view)
                .collect(Collectors.groupingBy(MailTemplateView::name, Collectors.toMap(MailTemplateView::language,
                        view -> CompiledTemplate.of(view.draft()), (a, b) -> a, () -> new EnumMap<>(MailLanguage.class))))));
    }

    public List<MailTemplateView> all() {
        return templates.findAllByOrderByNameAscLanguageAsc().stream().map(MailTemplate::view).toList();
    }

    /** Whether a template of that name exists in some language (from the cache rules render from). */
    public boolean exists(String name) {
        return byName.get().containsKey(name);
    }

    public Optional<MailTemplateView> find(long id) {
        return templates.findById(id).map(MailTemplate::view);
    }

    @Transactional
    public MailTemplateView create(MailTemplateDraft draft) {
        checked(draft, null);
        MailTemplate template = templates.save(new MailTemplate(draft));
        byName.invalidate();
        return template.view();
    }

    @Transactional
    public MailTemplateView update(long id, MailTemplateDraft draft) {
        MailTemplate template = existing(id);
        checked(draft, id);
        if (!template.getName().equals(draft.name())) {
            refuseIfLastVersionInUse(template.getName());
        }
        template.change(draft);
        byName.invalidate();
        return template.view();
    }

    @Transactional
    public void delete(long id) {
        MailTemplate template = existing(id);
        refuseIfLastVersionInUse(template.getName());
        templates.delete(template);
        byName.invalidate();
    }

    /** Renders unsaved content with the sample deal, as the editor shows it while an admin types. */
    public RenderedMail preview(MailTemplateDraft draft) {
        return CompiledTemplate.of(draft).render(MailModel.sample());
    }

    /**
     * Renders from the cached templates (this runs for every e-mail an intake event triggers), in
     * the contact's language, else in Brazilian Portuguese, else in the version there is.
     */
    public MailContent render(String name, List<String> to, List<String> bcc, MailModel model) {
        CompiledTemplate template = version(name, model.contact().language());
        RenderedMail mail = template.render(model);
        return new MailContent(to, bcc, mail.subject(), mail.text(), mail.html(), null, template.transactional(), null);
    }

    /** Whether the version a contact of that language gets is transactional (still sent after they unsubscribed). */
    public boolean isTransactional(String name, String contactLanguage) {
        return version(name, contactLanguage).transactional();
    }

    private CompiledTemplate version(String name, String contactLanguage) {
        Map<MailLanguage, CompiledTemplate> versions = Optional.ofNullable(byName.get().get(name))
                .orElseThrow(() -> new NotFoundException("no mail template '" + name + "'"));
        return Optional.ofNullable(versions.get(MailLanguage.forContact(contactLanguage)))
                .or(() -> Optional.ofNullable(versions.get(MailLanguage.PT_BR)))
                .orElseGet(() -> versions.values().iterator().next());
    }

    private MailTemplate existing(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("no mail template " + id));
    }

    private void checked(MailTemplateDraft draft, Long id) {
        if (draft.name().isBlank() || draft.name().length() > MAX_NAME) {
            throw new InvalidInputException("name", "a template needs a name of at most " + MAX_NAME + " characters");
        }
        if (draft.subject().isBlank() || draft.subject().length() > MAX_SUBJECT) {
            throw new InvalidInputException("subject", "a template needs a subject of at most " + MAX_SUBJECT + " characters");
        }
        if (draft.html().isBlank() && draft.text().isBlank()) {
            throw new InvalidInputException("html", "a template needs an HTML body, a text body or both");
        }
        MailLanguage language = MailLanguage.ofTag(draft.language());
        CompiledTemplate.of(draft);
        templates.findByNameAndLanguage(draft.name(), language.tag())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new ConflictException("template '" + draft.name() + "' already has a " + language.tag() + " version");
                });
    }

    private void refuseIfLastVersionInUse(String name) {
        if (templates.countByName(name) > 1) {
            return;
        }
        List<String> users = usages.orderedStream().flatMap(usage -> usage.usersOf(name).stream()).toList();
        if (!users.isEmpty()) {
            throw new MailTemplateInUseException(name, users);
        }
    }
}
