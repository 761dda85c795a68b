package com.leadwire.automation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.audit.AuditLog;
import com.leadwire.fields.CustomFields;
import com.leadwire.fields.FieldScope;
import com.leadwire.shared.CachedSnapshot;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * The automation rules, for the API and the panel alike. A rule is checked when it is saved (its
 * shape, and that what it points at exists); the rules are cached for the engine, which runs on
 * the intake hot path.
 */
@Service
@Transactional(readOnly = true)
public class Rules {

    private static final Logger log = LoggerFactory.getLogger(Rules.class);
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2000;
    private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {
    };

    private final AutomationRuleRepository rules;
    private final RuleReferences references;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CustomFields fields;
    private final CachedSnapshot<List<RuleView>> cached;
    private final AuditLog audit;

    Rules(AutomationRuleRepository rules, RuleReferences references, ObjectMapper json, Clock clock, ApplicationEventPublisher events,
          CustomFields fields, PlatformTransactionManager transactions, AuditLog audit) {
        this.rules = rules;
        this.references = references;
        this.fields = fields;
        this.json = json;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.cached = new CachedSnapshot<>(Duration.ofSeconds(5), () -> readOnly.execute(status ->
                rules.findAllByOrderByPositionAscIdAsc().stream().map(this::view).toList()));
    }

    /** Every rule in order, broken ones with their problems. */
    public List<RuleView> all() {
        return cached.get();
    }

    /** The enabled rules that are not broken: the ones the engine runs. */
    public List<RuleView> runnable() {
        return cached.get().stream().filter(rule -> rule.enabled() && !rule.broken()).toList();
    }

    public Optional<RuleView> find(long id) {
        return rules.findById(id).map(this::view);
    }

    @Transactional
    public RuleView create(RuleDefinition definition, String actor) {
        checked(definition, false);
        AutomationRule rule = new AutomationRule((int) rules.count(), clock.instant());
        write(rule, definition);
        RuleView created = view(rules.saveAndFlush(rule));
        changed(null, created);
        log.info("Rule {} '{}' created by {} ({} on {})", created.id(), created.name(), actor, created.enabled() ? "on" : "off",
                created.trigger().type());
        audit.record(actor, "rule.created", AuditLog.subject("rule", created.id()),
                "'" + created.name() + "', " + (created.enabled() ? "on" : "off") + ", on " + created.trigger().type());
        return created;
    }

    @Transactional
    public RuleView update(long id, RuleDefinition definition, String actor) {
        checked(definition, true);
        AutomationRule rule = existing(id);
        RuleView before = view(rule);
        write(rule, definition);
        RuleView after = view(rules.saveAndFlush(rule));
        changed(before, after);
        log.info("Rule {} '{}' changed by {} ({})", id, after.name(), actor, after.enabled() ? "on" : "off");
        audit.record(actor, auditedChange(before, after), AuditLog.subject("rule", id), "'" + after.name() + "'");
        return after;
    }

    /** The panel's on/off toggle. */
    @Transactional
    public RuleView setEnabled(long id, boolean enabled, String actor) {
        RuleView current = view(existing(id));
        RuleDefinition definition = current.definition();
        return update(id, new RuleDefinition(definition.name(), definition.description(), enabled, definition.trigger(),
                definition.conditions(), definition.actions()), actor);
    }

    @Transactional
    public void delete(long id, String actor) {
        AutomationRule rule = existing(id);
        RuleView before = view(rule);
        rules.delete(rule);
        changed(before, null);
        log.info("Rule {} '{}' deleted by {}", id, before.name(), actor);
        audit.record(actor, "rule.deleted", AuditLog.subject("rule", id), "'" + before.name() + "'");
    }

    /** What an unsaved rule points at that does not exist (dry-run shows it as broken). */
    public List<String> problemsOf(RuleDefinition definition) {
        return references.problems(definition);
    }

    /** The structural checks of a rule, without saving it (the editor's and dry-run's). */
    public void check(RuleDefinition definition) {
        if (definition.name() == null || definition.name().isBlank() || definition.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "a rule needs a name of at most " + MAX_NAME + " characters");
        }
        if (definition.description() != null && definition.description().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "a description has at most " + MAX_DESCRIPTION + " characters");
        }
        if (definition.trigger() == null) {
            throw new InvalidInputException("trigger", "a rule needs a trigger");
        }
        definition.trigger().check();
        definition.conditions().check();
        if (definition.actions().isEmpty()) {
            throw new InvalidInputException("actions", "a rule needs at least one action");
        }
        for (int i = 0; i < definition.actions().size(); i++) {
            if (definition.actions().get(i) == null) {
                throw new InvalidInputException("actions[" + i + "]", "an action cannot be empty");
            }
            definition.actions().get(i).check("actions[" + i + "]");
        }
    }

    /**
     * The shape always; what the rule points at unless it is being switched off (an admin must be
     * able to stop a broken rule, and a broken rule does not run anyway).
     */
    private void checked(RuleDefinition definition, boolean existing) {
        check(definition);
        List<RuleReferences.Missing> missing = references.missing(definition);
        if (!missing.isEmpty() && (definition.isEnabled() || !existing)) {
            throw new InvalidInputException(missing.get(0).part(),
                    String.join("; ", missing.stream().map(RuleReferences.Missing::problem).toList()));
        }
    }

    private void write(AutomationRule rule, RuleDefinition given) {
        RuleDefinition definition = inCatalogueSpelling(given);
        try {
            rule.change(definition.name().strip(), blankToNull(definition.description()), definition.isEnabled(),
                    definition.trigger().type(), json.writeValueAsString(definition.trigger()),
                    json.writeValueAsString(definition.conditions()), json.writeValueAsString(definition.actions()), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values to set as their custom field stores them: a choice spelled as its option, a number in plain form. */
    private RuleDefinition inCatalogueSpelling(RuleDefinition definition) {
        List<RuleAction> actions = definition.actions().stream().map(action -> {
            if (action.type() != RuleAction.Type.SET_FIELD) {
                return action;
            }
            try {
                return RuleAction.setField(action.field(), fields.check(FieldScope.DEAL, action.field(), action.value()));
            } catch (InvalidInputException stillDoesNotFit) {
                // only a rule being switched off gets here; it is saved as written and listed as broken
                return action;
            }
        }).toList();
        return new RuleDefinition(definition.name(), definition.description(), definition.enabled(), definition.trigger(),
                definition.conditions(), actions);
    }

    /** A change that only switched the rule on or off is recorded as that, so the log reads like the panel's toggle. */
    private static String auditedChange(RuleView before, RuleView after) {
        boolean sameRule = Objects.equals(before.name(), after.name()) && Objects.equals(before.description(), after.description())
                && Objects.equals(before.trigger(), after.trigger()) && Objects.equals(before.conditions(), after.conditions())
                && Objects.equals(before.actions(), after.actions());
        if (sameRule && before.enabled() != after.enabled()) {
            return after.enabled() ? "rule.enabled" : "rule.disabled";
        }
        return "rule.updated";
    }

    private void changed(RuleView before, RuleView after) {
        cached.invalidate();
        events.publishEvent(new RuleChanged(before, after));
    }

    private AutomationRule existing(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("no rule " + id));
    }

    private RuleView view(AutomationRule rule) {
        try {
            RuleTrigger trigger = json.readValue(rule.getTrigger(), RuleTrigger.class);
            RuleConditions conditions = json.readValue(rule.getConditions(), RuleConditions.class);
            List<RuleAction> actions = json.readValue(rule.getActions(), ACTIONS);
            RuleDefinition definition = new RuleDefinition(rule.getName(), rule.getDescription(), rule.isEnabled(), trigger, conditions,
                    actions);
            return new RuleView(rule.getId(), rule.getName(), rule.getDescription(), rule.isEnabled(), trigger, conditions, actions,
                    references.problems(definition), rule.getCreatedAt(), rule.getUpdatedAt(), rule.getEnabledAt());
        } catch (JsonProcessingException unreadable) {
            // one rule row that this version cannot read (edited by hand, written by a newer version) must not stop
            // every intake event: it is listed as broken and not run
            log.warn("Rule {} '{}' cannot be read and is not run: {}", rule.getId(), rule.getName(), unreadable.getOriginalMessage());
            return new RuleView(rule.getId(), rule.getName(), rule.getDescription(), rule.isEnabled(), null, RuleConditions.ALWAYS,
                    List.of(), List.of("its stored trigger, conditions or actions cannot be read: " + unreadable.getOriginalMessage()),
                    rule.getCreatedAt(), rule.getUpdatedAt(), rule.getEnabledAt());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
