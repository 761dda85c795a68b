package com.leadwire.telegram;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * A rep's words to a deal's prospect in Telegram: a reply to the relayed message in the rep's chat
 * ({@link Relay}), or written on the deal page. Stored on the deal's timeline and queued in the
 * outbox in one transaction.
 */
@Service
@ConditionalOnBot
public class ProspectReplies {

    private static final Logger log = LoggerFactory.getLogger(ProspectReplies.class);
    static final int MAX_TEXT = 4000;

    private final Deals deals;
    private final Contacts contacts;
    private final DealMessageRows rows;
    private final TelegramMessages messages;

    ProspectReplies(Deals deals, Contacts contacts, DealMessageRows rows, TelegramMessages messages) {
        this.deals = deals;
        this.contacts = contacts;
        this.rows = rows;
        this.messages = messages;
    }

    /**
     * From the deal page or the API: to the chat the prospect last wrote from, else their own
     * Telegram chat. Refused (409) when the contact never talked to the bot.
     */
    @Transactional
    public DealMessageView reply(long dealId, Long repUserId, String text, String actor) {
        DealView deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("no deal " + dealId));
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write the message first.");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("text", "A Telegram message has at most " + MAX_TEXT + " characters.");
        }
        long chat = rows.prospectChatOf(dealId)
                .or(() -> contacts.findById(deal.contactId()).map(ContactView::telegramUserId))
                .orElseThrow(() -> new ConflictException("This contact has not talked to the bot: there is no Telegram chat to write to."));
        DealMessageView sent = relay(dealId, chat, repUserId, null, text.strip(), "telegram-panel-reply:" + UUID.randomUUID());
        log.info("Deal {}: message to the prospect's Telegram chat {} queued by {}", dealId, chat, actor);
        return sent;
    }

    /** Stores the rep's message on the deal and queues it for the prospect's chat, in the caller's transaction. */
    DealMessageView relay(long dealId, long prospectChatId, Long repUserId, Long repChatId, String text, String idempotencyKey) {
        long id = rows.insert(new DealMessageRows.Entry(dealId, DealMessageView.Direction.OUT, prospectChatId, repUserId, repChatId, text));
        messages.queue(idempotencyKey, new TelegramPayload(prospectChatId, text, List.of(), null), dealId, null);
        return rows.byId(id).orElseThrow();
    }
}
