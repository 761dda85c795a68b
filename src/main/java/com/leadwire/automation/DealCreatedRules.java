package com.leadwire.automation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.mail.MailModel;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailRequest;
import com.leadwire.pipeline.DealCreated;

/**
 * Runs the "deal created" rules inside the intake transaction. Each e-mail's idempotency key
 * names the rule, the event and the action, so a replay of the event queues nothing new.
 */
@Component
class DealCreatedRules {

    private final Rules rules;
    private final MailQueue mail;
    private final TeamAddresses team;

    DealCreatedRules(Rules rules, MailQueue mail, TeamAddresses team) {
        this.rules = rules;
        this.mail = mail;
        this.team = team;
    }

    @EventListener
    void on(DealCreated event) {
        if (event.imported()) {
            // an imported list is history, not news: mailing every row would spam old leads and the team
            return;
        }
        for (RuleView rule : rules.active()) {
            if (rule.trigger() != Trigger.DEAL_CREATED || !rule.conditions().matches(event)) {
                continue;
            }
            for (int i = 0; i < rule.actions().size(); i++) {
                RuleAction action = rule.actions().get(i);
                List<String> to = recipients(action.to(), event);
                if (to.isEmpty()) {
                    continue;
                }
                mail.queue(new MailRequest(action.template(), to, recipients(action.bcc(), event), model(event),
                        "rule-" + rule.id() + ":event-" + event.eventId() + ":action-" + i, event.deal().id(), event.eventId()));
            }
        }
    }

    private List<String> recipients(List<String> entries, DealCreated event) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String entry : entries) {
            switch (entry.strip().toLowerCase()) {
                case "contact" -> addresses.add(event.contactEmail());
                case "team" -> addresses.addAll(team.addresses());
                case "responsible" -> {
                    Long responsible = event.deal().responsibleUserId();
                    if (responsible != null) {
                        team.addressOf(responsible).ifPresent(addresses::add);
                    }
                }
                default -> addresses.add(entry.strip());
            }
        }
        return new ArrayList<>(addresses);
    }

    private static MailModel model(DealCreated event) {
        var deal = event.deal();
        return new MailModel(new MailModel.Contact(event.contactName(), event.contactEmail(), event.contactLanguage()),
                new MailModel.Deal(deal.id(), deal.title(), deal.pipelineName(), deal.stageName(), deal.amount(), deal.currency(),
                        deal.products()),
                deal.fields());
    }
}
