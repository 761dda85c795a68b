package com.leadwire.telegram;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.EntryRequirementUnmet;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.CurrentActor;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.DealCards.Keys;

/**
 * A rep's press on a deal card. Checked before anything changes: the data is signed for this
 * chat, the chat is a linked rep, the deal is theirs or unclaimed (the services check it, as the
 * rep who pressed), and it is still in the stage the card shows. Applied through {@link Deals} (which records the history), then the card is
 * edited in place to the deal's new state. Every refusal is an answerCallbackQuery text; a move
 * that breaks the stage's entry requirements says which one.
 */
@Component
@ConditionalOnBot
class CardActions {

    private static final Logger log = LoggerFactory.getLogger(CardActions.class);
    private static final int MAX_ANSWER = 200;

    private final CardSigner signer;
    private final DealCards cards;
    private final Deals deals;
    private final Team team;
    private final Contacts contacts;
    private final Sources sources;
    private final BotApi bot;
    private final TelegramProperties properties;
    private final BotTexts texts;
    private final CurrentActor actors;

    CardActions(CardSigner signer, DealCards cards, Deals deals, Team team, Contacts contacts, Sources sources, BotApi bot,
                TelegramProperties properties, BotTexts texts, CurrentActor actors) {
        this.actors = actors;
        this.signer = signer;
        this.cards = cards;
        this.deals = deals;
        this.team = team;
        this.contacts = contacts;
        this.sources = sources;
        this.bot = bot;
        this.properties = properties;
        this.texts = texts;
    }

    void press(Incoming in) {
        Optional<TeamMember> rep = team.findByTelegramChat(in.chatId()).filter(TeamMember::active);
        if (rep.isEmpty()) {
            refuse(in, texts.get(in, "card.onlyTeam"), "chat not linked");
            return;
        }
        Optional<CardPress> verified = signer.verify(in.chatId(), in.callbackData());
        if (verified.isEmpty()) {
            refuse(in, texts.get(in, "button.invalid"), "signature check failed");
            return;
        }
        actors.as(rep.get(), () -> press(in, verified.get(), rep.get()));
    }

    /** As the rep who pressed: the services refuse another rep's deal ({@link ForbiddenException}). */
    private void press(Incoming in, CardPress press, TeamMember rep) {
        Optional<DealView> found;
        try {
            found = deals.find(press.dealId());
        } catch (ForbiddenException notTheirs) {
            refuse(in, texts.get(in, "card.someoneElses"), notTheirs.getMessage());
            return;
        }
        if (found.isEmpty()) {
            refuse(in, texts.get(in, "card.dealGone"), "no deal " + press.dealId());
            return;
        }
        DealView deal = found.get();
        if (deal.stageId() != press.stageId()) {
            show(in, deal, Keys.MAIN);
            refuse(in, texts.get(in, "card.stale", deal.stageName()), "stale card of deal " + deal.id());
            return;
        }
        try {
            apply(in, press, deal, rep);
        } catch (ForbiddenException notTheirs) {
            refuse(in, texts.get(in, "card.someoneElses"), notTheirs.getMessage());
        } catch (EntryRequirementUnmet unmet) {
            refuse(in, requirementText(in, unmet), "deal " + deal.id() + ": " + unmet.getMessage());
        } catch (ConflictException refused) {
            refuse(in, texts.get(in, "card.changedMeanwhile"), "deal " + deal.id() + ": " + refused.getMessage());
        } catch (InvalidInputException refused) {
            refuse(in, texts.get(in, "button.invalid"), "deal " + deal.id() + ": " + refused.getMessage());
        } catch (NotFoundException refused) {
            refuse(in, texts.get(in, "card.dealGone"), "deal " + deal.id() + ": " + refused.getMessage());
        }
    }

    private void apply(Incoming in, CardPress press, DealView deal, TeamMember rep) {
        String actor = "telegram:" + rep.username();
        switch (press.action()) {
            case MOVE_MENU -> answered(in, texts.get(in, "card.moveMenu"), deal, Keys.MOVE_MENU);
            case LOST_MENU -> answered(in, texts.get(in, "card.lostMenu"), deal, Keys.LOST_MENU);
            case BACK -> answered(in, "◂", deal, Keys.MAIN);
            case CLAIM -> answered(in, texts.get(in, "card.claimed"), deals.claim(deal.id(), actor), Keys.MAIN);
            case MOVE -> answered(in, texts.get(in, "card.moved"),
                    deals.moveTo(deal.id(), parseStage(press.argument()), actor, Cause.TELEGRAM, deal.stageId()), Keys.MAIN);
            case WON -> answered(in, texts.get(in, "card.won"),
                    deals.markWon(deal.id(), actor, Cause.TELEGRAM, deal.stageId()), Keys.MAIN);
            case LOST -> answered(in, texts.get(in, "card.lost"),
                    deals.markLost(deal.id(), reason(press.argument()), actor, Cause.TELEGRAM, deal.stageId()), Keys.MAIN);
        }
        log.info("Telegram chat {}: user {} pressed {} on deal {}", in.chatId(), rep.id(), press.action(), deal.id());
    }

    /** The card shows the new state before the press is answered, so what the rep sees next is current. */
    private void answered(Incoming in, String answer, DealView deal, Keys keys) {
        show(in, deal, keys);
        bot.answer(in.callbackId(), answer);
    }

    private void show(Incoming in, DealView deal, Keys keys) {
        ContactView contact = contacts.findById(deal.contactId()).orElseThrow();
        String source = deal.sourceKey() == null ? null : sources.findByKey(deal.sourceKey()).map(SourceView::name).orElse(null);
        String responsible = deal.responsibleUserId() == null ? null
                : team.findById(deal.responsibleUserId()).map(TeamMember::displayName).orElse(null);
        try {
            bot.edit(in.chatId(), in.callbackMessageId(),
                    cards.text(deal, new DealCards.About(contact.name(), contact.primaryEmail(), source, responsible), texts.of(in)),
                    cards.keyboard(in.chatId(), deal, keys, texts.of(in)));
        } catch (BotApiFailure failure) {
            log.warn("Telegram chat {}: card of deal {} not updated: {}", in.chatId(), deal.id(), failure.getMessage());
        }
    }

    private void refuse(Incoming in, String answer, String why) {
        log.info("Telegram chat {}: button press refused ({})", in.chatId(), why);
        bot.answer(in.callbackId(), answer);
    }

    /** The requirement the move broke, in the rep's language; a callback answer holds at most 200 characters. */
    private String requirementText(Incoming in, EntryRequirementUnmet unmet) {
        String text = texts.get(in, "card.requirement." + unmet.requirement().jsonName(), unmet.stageName(),
                String.join(", ", unmet.missing()), unmet.missing().size());
        return text.length() <= MAX_ANSWER ? text : text.substring(0, MAX_ANSWER - 1) + "…";
    }

    private static long parseStage(String argument) {
        try {
            return Long.parseLong(argument, 36);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("stage", "no such stage");
        }
    }

    private String reason(String argument) {
        try {
            return properties.lostReasons().get(Integer.parseInt(argument));
        } catch (RuntimeException e) {
            throw new InvalidInputException("reason", "no such reason");
        }
    }
}
