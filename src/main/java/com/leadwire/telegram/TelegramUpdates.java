package com.leadwire.telegram;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * Every update, from long polling or the webhook, comes through here and goes to the one
 * place that handles it: card buttons, flow buttons, rep linking, the conversation commands,
 * an answer to the current flow step, a rep's reply, or a prospect's later message.
 */
@Component
@ConditionalOnBot
class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final String LINK_PREFIX = "link-";

    private final Conversations conversations;
    private final CardActions cards;
    private final Relay relay;
    private final TelegramLinkCodes linkCodes;
    private final Team team;
    private final BotApi bot;
    private final BotReplies replies;
    private final BotTexts texts;

    TelegramUpdates(Conversations conversations, CardActions cards, Relay relay, TelegramLinkCodes linkCodes, Team team, BotApi bot,
                    BotReplies replies, BotTexts texts) {
        this.conversations = conversations;
        this.cards = cards;
        this.relay = relay;
        this.linkCodes = linkCodes;
        this.team = team;
        this.bot = bot;
        this.replies = replies;
        this.texts = texts;
    }

    void handle(Update update) {
        Incoming in = Incoming.of(update);
        if (in == null) {
            log.debug("Telegram update {} ignored (not a private text message or button press)", update.getUpdateId());
            return;
        }
        try {
            dispatch(in);
        } catch (BotApiFailure failure) {
            log.warn("Telegram update {} (chat {}): Bot API call failed: {}", in.updateId(), in.chatId(), failure.getMessage());
        } catch (RuntimeException failure) {
            log.error("Telegram update {} (chat {}) failed", in.updateId(), in.chatId(), failure);
        }
    }

    private void dispatch(Incoming in) {
        if (in.pressed()) {
            if (in.callbackData().startsWith(CardSigner.PREFIX)) {
                cards.press(in);
            } else if (in.callbackData().startsWith(StepAnswers.FLOW_PREFIX)) {
                conversations.choose(in);
            } else {
                bot.answer(in.callbackId(), texts.get(in, "button.invalid"));
            }
            return;
        }
        String start = in.startArgument();
        if (start != null && start.startsWith(LINK_PREFIX)) {
            link(in, start.substring(LINK_PREFIX.length()));
        } else if (start != null) {
            conversations.start(in, start);
        } else if (in.isCommand("/cancel")) {
            conversations.cancel(in);
        } else if (in.isCommand("/restart")) {
            conversations.restart(in);
        } else if (conversations.hasActive(in.chatId())) {
            conversations.answer(in);
        } else {
            Optional<TeamMember> rep = team.findByTelegramChat(in.chatId()).filter(TeamMember::active);
            if (rep.isPresent()) {
                relay.fromRep(in, rep.get());
            } else {
                relay.fromProspect(in);
            }
        }
    }

    private void link(Incoming in, String code) {
        Optional<TeamMember> linked = linkCodes.redeem(code, in.chatId());
        replies.send(in.chatId(), linked.map(member -> texts.get(in, "link.done", member.displayName()))
                .orElseGet(() -> texts.get(in, "link.refused")), List.of());
    }
}
