package com.leadwire.telegram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.TelegramProperties.Language;

/**
 * Deal cards, with their buttons, queued for reps' Telegram chats in the caller's transaction
 * (the automation rule action {@code NOTIFY_TELEGRAM}). Whom: "responsible" (if linked),
 * "linked" (every linked rep), "chat:&lt;id&gt;" (a group chat), "default" (the source's bot flow's
 * {@code notify} setting, else the responsible rep if the deal has one, else every linked rep).
 * One outbox row per chat and {@code occasion}, so no chat gets two cards for one occasion.
 */
@Service
@ConditionalOnBot
public class DealCardNotices {

    private static final Logger log = LoggerFactory.getLogger(DealCardNotices.class);

    private final DealCards cards;
    private final TelegramMessages messages;
    private final TeamSnapshot team;
    private final Sources sources;
    private final BotFlows flows;
    private final BotTexts texts;

    DealCardNotices(DealCards cards, TelegramMessages messages, TeamSnapshot team, Sources sources, BotFlows flows, BotTexts texts) {
        this.cards = cards;
        this.messages = messages;
        this.team = team;
        this.sources = sources;
        this.flows = flows;
        this.texts = texts;
    }

    /** Whom a card would reach: the chats, without queueing anything (dry-run). */
    public Set<Long> chats(DealView deal, List<String> to) {
        Optional<SourceView> source = Optional.ofNullable(deal.sourceKey()).flatMap(sources::findByKey);
        Set<Long> chats = new LinkedHashSet<>();
        for (String whom : to) {
            switch (whom) {
                case "responsible" -> responsibleChat(deal).ifPresent(chats::add);
                case "linked" -> linkedChats(chats);
                case "default" -> defaultChats(source.flatMap(flows::flowOf).map(BotFlow::notifyWhom).orElse(null), deal, chats);
                default -> chats.add(Long.parseLong(whom.substring("chat:".length())));
            }
        }
        return chats;
    }

    /**
     * Queues the card for each chat of {@code to}; {@code occasion} names what it is about (the same
     * occasion queues nothing new for a chat). Returns the chats it queued for.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> queue(DealView deal, String contactName, String contactEmail, List<String> to, String occasion, Long eventId) {
        Set<Long> chats = chats(deal, to);
        if (chats.isEmpty()) {
            return chats;
        }
        Optional<SourceView> source = Optional.ofNullable(deal.sourceKey()).flatMap(sources::findByKey);
        DealCards.About about = new DealCards.About(contactName, contactEmail, source.map(SourceView::name).orElse(null),
                responsibleName(deal));
        // no update tells a rep's language here: cards go out in the configured one
        Language language = texts.configured();
        String text = cards.text(deal, about, language);
        for (long chat : chats) {
            messages.queue("telegram-deal-card:" + occasion + ":" + chat,
                    new TelegramPayload(chat, text, cards.keyboard(chat, deal, DealCards.Keys.MAIN, language), null),
                    deal.id(), eventId);
        }
        log.info("Deal {}: Telegram card queued for {} chat(s) ({})", deal.id(), chats.size(), occasion);
        return chats;
    }

    private void defaultChats(String notify, DealView deal, Set<Long> chats) {
        if (notify != null && notify.startsWith("chat:")) {
            chats.add(Long.parseLong(notify.substring("chat:".length())));
        } else if ("responsible".equals(notify) || notify == null && deal.responsibleUserId() != null) {
            responsibleChat(deal).ifPresent(chats::add);
        } else {
            linkedChats(chats);
        }
    }

    private Optional<Long> responsibleChat(DealView deal) {
        return Optional.ofNullable(deal.responsibleUserId()).flatMap(team::active).filter(TeamMember::telegramLinked)
                .map(TeamMember::telegramChatId);
    }

    private void linkedChats(Set<Long> chats) {
        team.linked().stream().map(TeamMember::telegramChatId).forEach(chats::add);
    }

    private String responsibleName(DealView deal) {
        return deal.responsibleUserId() == null ? null
                : team.active(deal.responsibleUserId()).map(TeamMember::displayName).orElse(null);
    }
}
