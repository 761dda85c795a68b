package com.leadwire.mail;

import java.time.LocalDate;
import java.util.List;

/**
 * "Send template X to these people about this deal", in the contact's language when the template
 * has a version in it. The idempotency key must be stable for the triggering event and action,
 * so that a replayed event does not mail twice. {@code contactId}: the contact among the
 * recipients, if one is: a marketing e-mail then carries their unsubscribe link. {@code countsOn}:
 * for an automated e-mail, the business day on which a marketing one counts towards the contact's
 * daily cap ({@link MailQueue#marketingCount}); null for the rest.
 */
public record MailRequest(String templateName, List<String> to, List<String> bcc, MailModel model,
                          String idempotencyKey, Long dealId, Long eventId, Long contactId, LocalDate countsOn) {

    public MailRequest {
        to = List.copyOf(to);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
    }

    /** An e-mail that counts towards no daily cap. */
    public MailRequest(String templateName, List<String> to, List<String> bcc, MailModel model, String idempotencyKey, Long dealId,
                       Long eventId, Long contactId) {
        this(templateName, to, bcc, model, idempotencyKey, dealId, eventId, contactId, null);
    }

    public MailRequest countingOn(LocalDate day) {
        return new MailRequest(templateName, to, bcc, model, idempotencyKey, dealId, eventId, contactId, day);
    }
}
