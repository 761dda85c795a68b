package com.leadwire.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot's own messages in answer to an update (the flow's next question, a hint, the answer to
 * a link code): sent at once when this node sends the bot's messages ({@link SendLease}) and the
 * pacing shared with the outbox has a slot for the chat, and
 * otherwise queued in the outbox, which sends them when Telegram's pace allows. So a reply never
 * causes a 429 itself, and a 429 or an unreachable Bot API delays it instead of losing it (a
 * prospect who never got the next question would answer the one before). While a queued reply to
 * a chat is unsent, later ones queue behind it, so the chat sees them in order. A call that timed
 * out may have reached Telegram: its queued copy can then arrive twice (at least once).
 */
@Component
@ConditionalOnBot
class BotReplies {

    private static final Logger log = LoggerFactory.getLogger(BotReplies.class);
    /** After a failed call, the chat's next slot is this far off, so the outbox's first retry does not hammer a Bot API in trouble. */
    static final Duration HOLD_AFTER_FAILURE = Duration.ofSeconds(2);

    private final BotApi bot;
    private final Pacing pacing;
    private final TelegramMessages messages;
    private final TransactionTemplate transaction;
    private final SendLease lease;

    BotReplies(BotApi bot, Pacing pacing, TelegramMessages messages, TransactionTemplate transaction, SendLease lease) {
        this.bot = bot;
        this.pacing = pacing;
        this.messages = messages;
        this.transaction = transaction;
        this.lease = lease;
    }

    void send(long chatId, String text, List<List<Button>> keyboard) {
        TelegramPayload reply = new TelegramPayload(chatId, text, keyboard, null);
        if (!lease.held()) {
            queue(reply, "another node sends the bot's messages");
            return;
        }
        if (messages.earlierReplyUnsent(chatId, Long.MAX_VALUE)) {
            queue(reply, "an earlier reply to the chat is still queued");
            return;
        }
        // no waiting here: the update thread goes on, and the outbox's senders wait for the slot
        Optional<Duration> wait = pacing.reserve(chatId);
        if (wait.isPresent()) {
            queue(reply, "the chat's next slot is in " + wait.get().toMillis() + " ms");
            return;
        }
        String failure;
        try {
            bot.send(chatId, text, keyboard);
            return;
        } catch (BotApiFailure.RateLimited limited) {
            pacing.holdChat(chatId, limited.retryAfter);
            failure = "Bot API 429, retry after " + limited.retryAfter.toSeconds() + " s";
        } catch (BotApiFailure.Unavailable unavailable) {
            pacing.holdChat(chatId, HOLD_AFTER_FAILURE);
            failure = unavailable.getMessage();
        } finally {
            pacing.ended(chatId);
        }
        queue(reply, failure);
    }

    private void queue(TelegramPayload reply, String why) {
        transaction.executeWithoutResult(status -> messages.queueReply(reply));
        log.info("Telegram chat {}: reply queued in the outbox ({})", reply.chatId(), why);
    }
}
