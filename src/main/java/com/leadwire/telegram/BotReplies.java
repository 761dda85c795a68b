package com.leadwire.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot's own messages in answer to an update (the flow's next question, a hint, the answer to
 * a link code): sent at once when the pacing shared with the outbox has a slot for the chat, and
 * otherwise queued in the outbox, which sends them when Telegram's pace allows. So a reply never
 * causes a 429 itself, and a 429 or an unreachable Bot API delays it instead of losing it (a
 * prospect who never got the next question would answer the one before).
 */
@Component
@ConditionalOnBot
class BotReplies {

    private static final Logger log = LoggerFactory.getLogger(BotReplies.class);
    /** After a failed call, later replies to the chat queue behind the failed one for this long. */
    static final Duration HOLD_AFTER_FAILURE = Duration.ofSeconds(2);

    private final BotApi bot;
    private final Pacing pacing;
    private final TelegramMessages messages;
    private final TransactionTemplate transaction;

    BotReplies(BotApi bot, Pacing pacing, TelegramMessages messages, TransactionTemplate transaction) {
        this.bot = bot;
        this.pacing = pacing;
        this.messages = messages;
        this.transaction = transaction;
    }

    void send(long chatId, String text, List<List<Button>> keyboard) {
        // no waiting here: the update thread goes on, and the outbox's senders wait for the slot
        Optional<Duration> wait = pacing.reserve(chatId);
        if (wait.isPresent()) {
            queue(chatId, text, keyboard, "the chat's next slot is in " + wait.get().toMillis() + " ms");
            return;
        }
        try {
            bot.send(chatId, text, keyboard);
        } catch (BotApiFailure.RateLimited limited) {
            pacing.holdChat(chatId, limited.retryAfter);
            queue(chatId, text, keyboard, "Bot API 429, retry after " + limited.retryAfter.toSeconds() + " s");
        } catch (BotApiFailure.Unavailable unavailable) {
            pacing.holdChat(chatId, HOLD_AFTER_FAILURE);
            queue(chatId, text, keyboard, unavailable.getMessage());
        } finally {
            pacing.ended(chatId);
        }
    }

    private void queue(long chatId, String text, List<List<Button>> keyboard, String why) {
        String key = "telegram-reply:" + chatId + ":" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> messages.queue(key, new TelegramPayload(chatId, text, keyboard, null), null, null));
        log.info("Telegram chat {}: reply queued in the outbox ({})", chatId, why);
    }
}
