package com.leadwire.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageKind;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.team.CurrentActor;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * After the lead is in: a prospect's messages go to the responsible rep of their latest open
 * deal, and a rep's reply (a Telegram reply to the relayed copy) goes back to the prospect. Both
 * are stored on the deal's timeline in the transaction that queues the message.
 */
@Component
@ConditionalOnBot
class Relay {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);

    private final Contacts contacts;
    private final Deals deals;
    private final Team team;
    private final DealMessageRows rows;
    private final TelegramMessages messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final BotReplies replies;
    private final BotTexts texts;
    private final ProspectReplies prospectReplies;
    private final CurrentActor actors;

    Relay(Contacts contacts, Deals deals, Team team, DealMessageRows rows, TelegramMessages messages,
          TransactionTemplate transaction, ApplicationEventPublisher events, BotReplies replies, BotTexts texts,
          ProspectReplies prospectReplies, CurrentActor actors) {
        this.actors = actors;
        this.prospectReplies = prospectReplies;
        this.contacts = contacts;
        this.deals = deals;
        this.team = team;
        this.rows = rows;
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
        this.replies = replies;
        this.texts = texts;
    }

    void fromProspect(Incoming in) {
        Optional<ContactView> contact = contacts.findByTelegramUser(in.userId());
        Optional<DealView> deal = contact.flatMap(found -> deals.forContact(found.id()).stream()
                .filter(candidate -> candidate.stageKind() == StageKind.OPEN).findFirst());
        if (deal.isEmpty()) {
            replies.send(in.chatId(), texts.get(in, "relay.hello"), List.of());
            return;
        }
        DealView open = deal.get();
        Optional<TeamMember> rep = Optional.ofNullable(open.responsibleUserId()).flatMap(team::findById)
                .filter(member -> member.active() && member.telegramLinked());
        String text = clipped(in.text());
        transaction.executeWithoutResult(status -> {
            long id = rows.insert(new DealMessageRows.Entry(open.id(), DealMessageView.Direction.IN, in.chatId(),
                    rep.map(TeamMember::id).orElse(null), null, text));
            rep.ifPresent(member -> messages.queue("telegram-relay-in:" + in.updateId(),
                    new TelegramPayload(member.telegramChatId(), texts.get(texts.configured(), "relay.toRep", nameOf(contact.get()),
                            Long.toString(open.id()), open.title(), text), List.of(), id),
                    open.id(), null));
            events.publishEvent(new ProspectMessageReceived(open.id(), contact.get().id(), in.userId(), id, text, Instant.now()));
        });
        log.info("Telegram chat {}: prospect message on deal {}{}", in.chatId(), open.id(),
                rep.map(member -> ", relayed to user " + member.id()).orElse(", no linked responsible rep to relay to"));
    }

    /** As the rep who wrote: a deal handed to another rep since its message was relayed is no longer theirs to answer. */
    void fromRep(Incoming in, TeamMember rep) {
        actors.as(rep, () -> relayReply(in, rep));
    }

    private void relayReply(Incoming in, TeamMember rep) {
        Optional<DealMessageRows.Entry> original = in.replyToMessageId() == null ? Optional.empty()
                : rows.relayedAs(in.chatId(), in.replyToMessageId());
        if (original.isEmpty()) {
            replies.send(in.chatId(), texts.get(in, "relay.replyHint"), List.of());
            return;
        }
        DealMessageRows.Entry prospectMessage = original.get();
        try {
            deals.find(prospectMessage.dealId());
        } catch (ForbiddenException notTheirs) {
            replies.send(in.chatId(), texts.get(in, "card.someoneElses"), List.of());
            log.info("Telegram chat {}: reply of user {} not relayed: {}", in.chatId(), rep.id(), notTheirs.getMessage());
            return;
        }
        String text = clipped(in.text());
        transaction.executeWithoutResult(status -> prospectReplies.relay(prospectMessage.dealId(), prospectMessage.prospectChatId(), rep.id(),
                in.chatId(), text, "telegram-relay-out:" + in.updateId()));
        log.info("Telegram chat {}: reply of user {} relayed to the prospect of deal {}", in.chatId(), rep.id(), prospectMessage.dealId());
    }

    private static String nameOf(ContactView contact) {
        return contact.name() == null ? contact.primaryEmail() : contact.name();
    }

    private static String clipped(String text) {
        return text.length() <= ProspectReplies.MAX_TEXT ? text : text.substring(0, ProspectReplies.MAX_TEXT) + "…";
    }
}
