package com.leadwire.automation.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleFiring.ActionOutcome;
import com.leadwire.automation.RuleView;
import com.leadwire.automation.WebhookTargets;
import com.leadwire.automation.sending.HeldEmails;
import com.leadwire.automation.sending.Hold;
import com.leadwire.automation.sending.SendingGate;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.mail.MailContent;
import com.leadwire.mail.MailModel;
import com.leadwire.mail.MailQueue;
import com.leadwire.mail.MailRequest;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageView;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.DealCardNotices;

/**
 * Runs a rule's actions in the transaction of its event, or (dry-run) says what they would do.
 * Messages become outbox rows; state actions go through the pipeline's services (a move through
 * the one stage-change place). An action that cannot run says why in its outcome and the next
 * one still runs: a rule never fails the event that fired it. A marketing e-mail to the deal's contact
 * may be held back by the sending hours or the daily cap ({@link SendingGate}): kept and sent later.
 */
@Component
class ActionRunner {

    private final Deals deals;
    private final MailQueue mail;
    private final MailTemplates templates;
    private final TeamAddresses addresses;
    private final Team team;
    private final RoundRobin roundRobin;
    private final ObjectProvider<DealCardNotices> cards;
    private final ObjectProvider<WebhookTargets> webhooks;
    private final FollowUps followUps;
    private final Sequences sequences;
    private final SendingGate gate;
    private final HeldEmails held;
    private final Clock clock;

    ActionRunner(Deals deals, MailQueue mail, MailTemplates templates, TeamAddresses addresses, Team team, RoundRobin roundRobin,
                 ObjectProvider<DealCardNotices> cards, ObjectProvider<WebhookTargets> webhooks, FollowUps followUps, Sequences sequences,
                 SendingGate gate, HeldEmails held, Clock clock) {
        this.gate = gate;
        this.held = held;
        this.clock = clock;
        this.followUps = followUps;
        this.sequences = sequences;
        this.deals = deals;
        this.mail = mail;
        this.templates = templates;
        this.addresses = addresses;
        this.team = team;
        this.roundRobin = roundRobin;
        this.cards = cards;
        this.webhooks = webhooks;
    }

    /** {@code dryRun}: change and queue nothing, only say what would happen. */
    List<ActionOutcome> run(RuleView rule, RuleEvent event, Facts facts, boolean dryRun) {
        List<ActionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < rule.actions().size(); i++) {
            RuleAction action = rule.actions().get(i);
            try {
                outcomes.add(run(rule, action, i, event, facts, dryRun));
            } catch (RuntimeException refused) {
                outcomes.add(new ActionOutcome(action.type(), false, "not done: " + refused.getMessage()));
            }
        }
        return outcomes;
    }

    private ActionOutcome run(RuleView rule, RuleAction action, int index, RuleEvent event, Facts facts, boolean dryRun) {
        DealView deal = facts.deal();
        if (deal == null && action.type() != RuleAction.Type.SEND_EMAIL && action.type() != RuleAction.Type.CALL_WEBHOOK) {
            return new ActionOutcome(action.type(), false, "not done: there is no deal");
        }
        String key = "rule-" + rule.id() + ":" + event.key() + ":action-" + index;
        return switch (action.type()) {
            case SEND_EMAIL -> email(rule, action, key, event, facts, dryRun);
            case NOTIFY_TELEGRAM -> telegram(action, event, facts, dryRun);
            case CALL_WEBHOOK -> webhook(action, key, event, facts, dryRun);
            case MOVE_TO_STAGE -> move(rule, action, event, deal, dryRun);
            case ASSIGN -> assign(rule, action, deal, dryRun);
            case SET_FIELD -> {
                if (!dryRun) {
                    deals.setFieldByRule(deal.id(), action.field(), action.value(), rule.name());
                }
                yield new ActionOutcome(action.type(), true, "field '" + action.field() + "' = '" + action.value() + "'");
            }
            case START_SEQUENCE -> startSequence(rule, action, deal, dryRun);
            case STOP_SEQUENCE -> stopSequence(rule, action, deal, dryRun);
        };
    }

    private ActionOutcome startSequence(RuleView rule, RuleAction action, DealView deal, boolean dryRun) {
        if (dryRun) {
            return sequences.find(action.sequenceId())
                    .map(sequence -> new ActionOutcome(action.type(), true, "the contact would follow '" + sequence.name() + "'"))
                    .orElseGet(() -> new ActionOutcome(action.type(), false, "not started: the sequence " + action.sequenceId()
                            + " does not exist"));
        }
        FollowUps.Started started = followUps.start(action.sequenceId(), deal.id(), deal.contactId(), "rule '" + rule.name() + "'");
        return new ActionOutcome(action.type(), started.started(), started.what());
    }

    private ActionOutcome stopSequence(RuleView rule, RuleAction action, DealView deal, boolean dryRun) {
        String which = action.sequenceId() == null ? "every sequence" : "sequence " + action.sequenceId();
        if (dryRun) {
            return new ActionOutcome(action.type(), true, "the contact's follow-ups of " + which + " would stop");
        }
        int stopped = followUps.stopForContact(deal.contactId(), action.sequenceId(), FollowUpView.StopReason.STOPPED_BY_RULE,
                "rule '" + rule.name() + "'");
        return new ActionOutcome(action.type(), stopped > 0, stopped + " follow-up(s) of " + which + " stopped");
    }

    private ActionOutcome email(RuleView rule, RuleAction action, String key, RuleEvent event, Facts facts, boolean dryRun) {
        List<String> to = recipients(action.to(), facts);
        if (to.isEmpty()) {
            return new ActionOutcome(action.type(), false, "not sent: no recipient (" + String.join(", ", action.to()) + ")");
        }
        if (!templates.exists(action.template())) {
            // deleted since the rules were cached: say so, rather than fail the event's transaction in the mail module
            return new ActionOutcome(action.type(), false, "not sent: the e-mail template '" + action.template() + "' does not exist");
        }
        List<String> bcc = recipients(action.bcc(), facts);
        MailModel model = model(facts);
        Long contactId = action.to().stream().anyMatch(entry -> entry.strip().equalsIgnoreCase("contact"))
                ? facts.person().map(Person::contactId).orElse(null) : null;
        String recipients = String.join(", ", to) + (bcc.isEmpty() ? "" : ", bcc " + String.join(", ", bcc));
        if (dryRun) {
            return new ActionOutcome(action.type(), true, "e-mail '" + templates.render(action.template(), to, bcc, model).subject() + "' to "
                    + recipients);
        }
        MailRequest request = new MailRequest(action.template(), to, bcc, model, key, event.dealId(), event.eventId(), contactId);
        Instant now = clock.instant();
        if (contactId != null) {
            // a contact's e-mail without a deal (none yet) has no timeline to tell of a hold: it is not held
            Optional<Hold> hold = event.dealId() == null ? Optional.empty()
                    : gate.holdFor(contactId, action.template(), model.contact().language(), now);
            if (hold.isPresent()) {
                held.hold(rule.id(), rule.name(), event.dealId(), contactId, request, hold.get());
                return new ActionOutcome(action.type(), true, "e-mail (" + action.template() + ") to " + recipients + " "
                        + hold.get().describe());
            }
            request = request.countingOn(gate.today(now));
        }
        MailContent content = mail.queue(request);
        return new ActionOutcome(action.type(), true, "e-mail '" + content.subject() + "' to " + recipients);
    }

    private ActionOutcome telegram(RuleAction action, RuleEvent event, Facts facts, boolean dryRun) {
        DealCardNotices notices = cards.getIfAvailable();
        if (notices == null) {
            return new ActionOutcome(action.type(), false, "not sent: the Telegram bot is not configured");
        }
        DealView deal = facts.deal();
        Set<Long> chats = dryRun ? notices.chats(deal, action.to())
                : notices.queue(deal, facts.person().map(Person::name).orElse(null), facts.person().map(Person::email).orElse(null),
                        action.to(), event.occasion(), event.eventId());
        return chats.isEmpty()
                ? new ActionOutcome(action.type(), false, "not sent: no linked chat for " + String.join(", ", action.to()))
                : new ActionOutcome(action.type(), true, "deal card to " + chats.size() + " Telegram chat(s)");
    }

    private ActionOutcome webhook(RuleAction action, String key, RuleEvent event, Facts facts, boolean dryRun) {
        WebhookTargets targets = webhooks.getIfAvailable();
        if (targets == null || !targets.exists(action.webhookId())) {
            return new ActionOutcome(action.type(), false, "not called: webhook " + action.webhookId() + " does not exist");
        }
        if (!dryRun) {
            Optional<Long> delivery = targets.call(action.webhookId(), event.type().name(), payload(event, facts), event.dealId(),
                    event.eventId(), key);
            if (delivery.isEmpty()) {
                return new ActionOutcome(action.type(), false, "not called: webhook " + action.webhookId() + " is inactive");
            }
            return new ActionOutcome(action.type(), true, "webhook " + action.webhookId() + " called with " + event.type()
                    + " (delivery " + delivery.get() + ")");
        }
        return new ActionOutcome(action.type(), true, "webhook " + action.webhookId() + " would be called with " + event.type());
    }

    private ActionOutcome move(RuleView rule, RuleAction action, RuleEvent event, DealView deal, boolean dryRun) {
        if (deal.stageId() == action.stageId()) {
            return new ActionOutcome(action.type(), false, "not moved: already in " + deal.stageName());
        }
        if (dryRun) {
            return new ActionOutcome(action.type(), true, "move to stage " + action.stageId());
        }
        Optional<StageView> entered = deals.moveByRule(deal.id(), action.stageId(), rule.name(), event.eventId());
        return entered.map(stage -> new ActionOutcome(action.type(), true, "moved to " + stage.name()))
                .orElseGet(() -> new ActionOutcome(action.type(), false, "not moved: already there"));
    }

    private ActionOutcome assign(RuleView rule, RuleAction action, DealView deal, boolean dryRun) {
        Optional<TeamMember> rep = action.assignsInTurn() ? roundRobin.next(rule.id(), dryRun)
                : team.findById(action.repId()).filter(TeamMember::active);
        if (rep.isEmpty()) {
            return new ActionOutcome(action.type(), false, "not assigned: no active rep");
        }
        if (!dryRun) {
            deals.assignByRule(deal.id(), rep.get().id(), rule.name());
        }
        return new ActionOutcome(action.type(), true, "assigned to " + rep.get().displayName());
    }

    private List<String> recipients(List<String> entries, Facts facts) {
        Set<String> found = new LinkedHashSet<>();
        for (String entry : entries) {
            switch (entry.strip().toLowerCase()) {
                case "contact" -> facts.person().map(Person::email).ifPresent(found::add);
                case "team" -> found.addAll(addresses.addresses());
                case "responsible" -> Optional.ofNullable(facts.deal()).map(DealView::responsibleUserId).flatMap(addresses::addressOf)
                        .ifPresent(found::add);
                default -> found.add(entry.strip());
            }
        }
        return new ArrayList<>(found);
    }

    private MailModel model(Facts facts) {
        Optional<Person> person = facts.person();
        MailModel.Contact who = new MailModel.Contact(person.map(Person::name).orElse(null), person.map(Person::email).orElse(null),
                person.map(Person::language).orElse(null));
        DealView deal = facts.deal();
        String responsible = deal == null || deal.responsibleUserId() == null ? null
                : team.findById(deal.responsibleUserId()).map(TeamMember::displayName).orElse(null);
        return MailModels.of(who, deal, responsible);
    }

    private static Map<String, Object> payload(RuleEvent event, Facts facts) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event.type().name());
        payload.put("occurredAt", event.at().toString());
        payload.put("origin", event.origin());
        Optional.ofNullable(facts.deal()).ifPresent(deal -> payload.put("deal", deal));
        facts.person().ifPresent(person -> {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", person.contactId());
            contact.put("email", person.email());
            contact.put("name", person.name());
            payload.put("contact", contact);
        });
        return payload;
    }
}
