package com.leadwire.automation;

import java.util.List;

import org.springframework.stereotype.Component;

import com.leadwire.mail.MailTemplateUsage;

/** Tells the mail module which rules send a template, so a template a rule needs is not deleted. */
@Component
class RuleTemplateUsage implements MailTemplateUsage {

    private final Rules rules;

    RuleTemplateUsage(Rules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> usersOf(String templateName) {
        return rules.all().stream()
                .filter(rule -> rule.actions().stream().anyMatch(action -> templateName.equalsIgnoreCase(action.template())))
                .map(RuleView::name)
                .toList();
    }
}
