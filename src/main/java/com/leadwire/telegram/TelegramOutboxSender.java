package com.leadwire.telegram;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxSender;
import com.leadwire.outbox.PendingMessage;

/**
 * Delivers the outbox's Telegram rows, on the node that holds the {@link SendLease}; the bot's
 * queued replies to one chat in the order they were queued. Paced below Telegram's limits (a short
 * wait for a slot is waited here, a longer one asks the outbox for a {@link RetryAfter}); a 429
 * waits Telegram's {@code retry_after}; an unreachable Bot API is an ordinary failure the outbox
 * retries; a refused chat is permanent.
 */
@Component
@ConditionalOnBot
class TelegramOutboxSender implements OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramOutboxSender.class);
    /** How soon a reply that waits for an earlier one to its chat is tried again. */
    private static final Duration REPLY_ORDER_WAIT = Duration.ofSeconds(1);

    private final BotApi bot;
    private final TelegramMessages messages;
    private final DealMessageRows dealMessages;
    private final Pacing pacing;
    private final SendLease lease;

    TelegramOutboxSender(BotApi bot, TelegramMessages messages, DealMessageRows dealMessages, Pacing pacing, SendLease lease) {
        this.bot = bot;
        this.messages = messages;
        this.dealMessages = dealMessages;
        this.pacing = pacing;
        this.lease = lease;
    }

    @Override
    public boolean sendsHere() {
        return lease.held();
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.TELEGRAM;
    }

    @Override
    public void send(PendingMessage pending) {
        if (!lease.held()) {
            // the lease moved after the row was handed to this node: at once due again, for the node that sends
            throw new RetryAfter(Duration.ZERO, "another node sends the bot's messages");
        }
        TelegramPayload payload = messages.read(pending.payload());
        if (TelegramMessages.isReply(pending.idempotencyKey()) && messages.earlierReplyUnsent(payload.chatId(), pending.id())) {
            throw new RetryAfter(REPLY_ORDER_WAIT, "an earlier reply to chat " + payload.chatId() + " is not sent yet");
        }
        pacing.take(payload.chatId()).ifPresent(wait -> {
            throw new RetryAfter(wait, "pacing chat " + payload.chatId());
        });
        Message sent;
        try {
            sent = bot.send(payload.chatId(), payload.text(), payload.keyboard());
        } catch (BotApiFailure.RateLimited limited) {
            pacing.holdChat(payload.chatId(), limited.retryAfter);
            throw new RetryAfter(limited.retryAfter, "Bot API 429 for chat " + payload.chatId());
        } catch (BotApiFailure.Rejected rejected) {
            throw new PermanentFailure(rejected.getMessage());
        } finally {
            pacing.ended(payload.chatId());
        }
        if (payload.dealMessageId() != null) {
            dealMessages.recordRelayedCopy(payload.dealMessageId(), payload.chatId(), sent.getMessageId());
        }
        log.info("Telegram message {} sent to chat {} (deal {})", pending.id(), payload.chatId(), pending.dealId());
    }
}
