package com.leadwire.mail;

import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.Outbox;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxMessage;

/**
 * Renders a template in the contact's language and queues the e-mail in the outbox, in the caller's
 * transaction. A marketing e-mail to a contact gets their unsubscribe link in its footer; an automated
 * one ({@link MailRequest#countsOn()}) also counts towards the contact's marketing e-mails of that day.
 */
@Component
public class MailQueue {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final ObjectProvider<MarketingConsent> consent;

    MailQueue(MailTemplates templates, Outbox outbox, ObjectMapper json, ObjectProvider<MarketingConsent> consent) {
        this.templates = templates;
        this.outbox = outbox;
        this.json = json;
        this.consent = consent;
    }

    /** Answers the e-mail as it was rendered (its subject, for the caller's record). */
    @Transactional(propagation = Propagation.MANDATORY)
    public MailContent queue(MailRequest request) {
        MailContent content = withUnsubscribeLink(templates.render(request.templateName(), request.to(), request.bcc(), request.model()),
                request);
        try {
            outbox.enqueue(new OutboxMessage(OutboxChannel.MAIL, request.idempotencyKey(), String.join(", ", request.to()),
                    json.writeValueAsString(content), request.dealId(), request.eventId(), tally(request, content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return content;
    }

    /** The automated marketing e-mails queued to the contact that count on that business day (one indexed query). */
    public long marketingCount(long contactId, LocalDate day) {
        return outbox.count(marketingTally(contactId, day));
    }

    private static String tally(MailRequest request, MailContent content) {
        return request.countsOn() == null || request.contactId() == null || content.transactional() ? null
                : marketingTally(request.contactId(), request.countsOn());
    }

    private static String marketingTally(long contactId, LocalDate day) {
        return "marketing:contact-" + contactId + ":" + day;
    }

    private MailContent withUnsubscribeLink(MailContent content, MailRequest request) {
        MarketingConsent links = consent.getIfAvailable();
        if (request.contactId() == null || content.transactional() || links == null) {
            return content;
        }
        return UnsubscribeFooter.added(content, request.contactId(), links.unsubscribeUrl(request.contactId()),
                request.model().contact().language());
    }
}
