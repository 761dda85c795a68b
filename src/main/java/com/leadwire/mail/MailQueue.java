package com.leadwire.mail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.Outbox;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxMessage;

/** Renders a template in the contact's language and queues the e-mail in the outbox, in the caller's transaction. */
@Component
public class MailQueue {

    private final MailTemplates templates;
    private final Outbox outbox;
    private final ObjectMapper json;

    MailQueue(MailTemplates templates, Outbox outbox, ObjectMapper json) {
        this.templates = templates;
        this.outbox = outbox;
        this.json = json;
    }

    /** Answers the e-mail as it was rendered (its subject, for the caller's record). */
    @Transactional(propagation = Propagation.MANDATORY)
    public MailContent queue(MailRequest request) {
        MailContent content = templates.render(request.templateName(), request.to(), request.bcc(), request.model());
        try {
            outbox.enqueue(new OutboxMessage(OutboxChannel.MAIL, request.idempotencyKey(), String.join(", ", request.to()),
                    json.writeValueAsString(content), request.dealId(), request.eventId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return content;
    }
}
