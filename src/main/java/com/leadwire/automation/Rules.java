package com.leadwire.automation;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.shared.CachedSnapshot;
import com.leadwire.shared.InvalidInputException;

/** The automation rules; active ones are cached for the intake hot path. */
@Service
@Transactional(readOnly = true)
public class Rules {

    private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {
    };

    private final AutomationRuleRepository rules;
    private final ObjectMapper json;
    private final CachedSnapshot<List<RuleView>> active;

    Rules(AutomationRuleRepository rules, ObjectMapper json, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.json = json;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.active = new CachedSnapshot<>(Duration.ofSeconds(5), () -> readOnly.execute(status ->
                rules.findByActiveTrueOrderByPositionAscIdAsc().stream().map(this::view).toList()));
    }

    public List<RuleView> all() {
        return rules.findAll().stream().map(this::view).toList();
    }

    List<RuleView> active() {
        return active.get();
    }

    @Transactional
    public RuleView create(String name, Trigger trigger, RuleConditions conditions, List<RuleAction> actions) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a rule needs a name");
        }
        if (actions == null || actions.isEmpty()) {
            throw new InvalidInputException("actions", "a rule needs at least one action");
        }
        actions.forEach(action -> {
            if (action.type() == RuleAction.Type.SEND_EMAIL && (action.template() == null || action.to().isEmpty())) {
                throw new InvalidInputException("actions", "an e-mail action needs a template and recipients");
            }
        });
        try {
            AutomationRule rule = rules.save(new AutomationRule(name.strip(), (int) rules.count(), trigger,
                    json.writeValueAsString(conditions), json.writeValueAsString(actions)));
            active.invalidate();
            return view(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RuleView view(AutomationRule rule) {
        try {
            return new RuleView(rule.getId(), rule.getName(), rule.isActive(), rule.getPosition(), rule.getTrigger(),
                    json.readValue(rule.getConditions(), RuleConditions.class), json.readValue(rule.getActions(), ACTIONS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable automation rule " + rule.getId(), e);
        }
    }
}
