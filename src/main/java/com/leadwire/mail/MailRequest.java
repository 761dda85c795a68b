package com.leadwire.mail;

import java.util.List;

/**
 * "Send template X to these people about this deal", in the contact's language when the template
 * has a version in it. The idempotency key must be stable for the triggering event and action,
 * so that a replayed event does not mail twice. {@code contactId}: the contact among the
 * recipients, if one is: a marketing e-mail then carries their unsubscribe link.
 */
public record MailRequest(String templateName, List<String> to, List<String> bcc, MailModel model,
                          String idempotencyKey, Long dealId, Long eventId, Long contactId) {

    public MailRequest {
        to = List.copyOf(to);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
    }
}
