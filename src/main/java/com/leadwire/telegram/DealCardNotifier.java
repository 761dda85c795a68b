package com.leadwire.telegram;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.pipeline.DealCreated;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.TelegramProperties.Language;

/**
 * A new deal becomes a card in the Telegram chats of the reps who should see it, queued in the
 * intake transaction (one outbox row per deal and chat, so a replayed event queues nothing new).
 * Who: the source's {@code notify} setting of a TELEGRAM flow; by default the responsible rep
 * if the deal has one, else every linked rep.
 */
@Component
@ConditionalOnBot
class DealCardNotifier {

    private static final Logger log = LoggerFactory.getLogger(DealCardNotifier.class);

    private final DealCards cards;
    private final TelegramMessages messages;
    private final TeamSnapshot team;
    private final Sources sources;
    private final BotFlows flows;
    private final BotTexts texts;

    DealCardNotifier(DealCards cards, TelegramMessages messages, TeamSnapshot team, Sources sources, BotFlows flows,
                     BotTexts texts) {
        this.cards = cards;
        this.messages = messages;
        this.team = team;
        this.sources = sources;
        this.flows = flows;
        this.texts = texts;
    }

    @EventListener
    void on(DealCreated event) {
        if (event.imported()) {
            // an imported list is history, not news: a card per row would bury the reps' chats
            return;
        }
        DealView deal = event.deal();
        Optional<SourceView> source = Optional.ofNullable(deal.sourceKey()).flatMap(sources::findByKey);
        String notify = source.flatMap(flows::flowOf).map(BotFlow::notifyWhom).orElse(null);
        Set<Long> chats = recipients(notify, deal);
        if (chats.isEmpty()) {
            return;
        }
        DealCards.About about = new DealCards.About(event.contactName(), event.contactEmail(),
                source.map(SourceView::name).orElse(null), responsibleName(deal));
        // no update tells a rep's language here: cards go out in the configured one
        Language language = texts.configured();
        String text = cards.text(deal, about, language);
        for (long chat : chats) {
            messages.queue("telegram-deal-card:" + deal.id() + ":" + chat,
                    new TelegramPayload(chat, text, cards.keyboard(chat, deal, DealCards.Keys.MAIN, language), null),
                    deal.id(), event.eventId());
        }
        log.info("Deal {}: Telegram card queued for {} chat(s)", deal.id(), chats.size());
    }

    private Set<Long> recipients(String notify, DealView deal) {
        Set<Long> chats = new LinkedHashSet<>();
        if (notify != null && notify.startsWith("chat:")) {
            chats.add(Long.parseLong(notify.substring("chat:".length())));
            return chats;
        }
        Optional<Long> responsible = Optional.ofNullable(deal.responsibleUserId()).flatMap(team::active)
                .filter(TeamMember::telegramLinked).map(TeamMember::telegramChatId);
        if ("responsible".equals(notify)) {
            responsible.ifPresent(chats::add);
            return chats;
        }
        if (notify == null && deal.responsibleUserId() != null) {
            responsible.ifPresent(chats::add);
            return chats;
        }
        team.linked().stream().map(TeamMember::telegramChatId).forEach(chats::add);
        return chats;
    }

    private String responsibleName(DealView deal) {
        return deal.responsibleUserId() == null ? null
                : team.active(deal.responsibleUserId()).map(TeamMember::displayName).orElse(null);
    }
}
