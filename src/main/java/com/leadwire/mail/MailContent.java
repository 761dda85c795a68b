package com.leadwire.mail;

import java.util.List;

/**
 * A rendered e-mail: the outbox payload of the MAIL channel (stored as JSON). Rows queued before
 * templates had an HTML part have none ({@code html} null).
 */
public record MailContent(List<String> to, List<String> bcc, String subject, String text, String html) {

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean hasHtml() {
        return html != null && !html.isBlank();
    }
}
