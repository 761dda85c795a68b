package com.leadwire.mail;

import java.util.List;

/**
 * A rendered e-mail: the outbox payload of the MAIL channel (stored as JSON). Rows queued before
 * templates had an HTML part have none ({@code html} null). {@code contactId}: the contact it is
 * sent to, if any; unless {@code transactional}, it is not sent once that contact has unsubscribed,
 * and carries {@code unsubscribeUrl} in its footer and its List-Unsubscribe header.
 */
public record MailContent(List<String> to, List<String> bcc, String subject, String text, String html, Long contactId,
                          boolean transactional, String unsubscribeUrl) {

    public MailContent(List<String> to, List<String> bcc, String subject, String text, String html) {
        this(to, bcc, subject, text, html, null, false, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean hasHtml() {
        return html != null && !html.isBlank();
    }

    MailContent to(Long contact, String unsubscribe, String textBody, String htmlBody) {
        return new MailContent(to, bcc, subject, textBody, htmlBody, contact, transactional, unsubscribe);
    }
}
