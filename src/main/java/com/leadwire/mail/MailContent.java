package com.leadwire.mail;

import java.util.List;

/** A rendered e-mail: the outbox payload of the MAIL channel (stored as JSON). */
public record MailContent(List<String> to, List<String> bcc, String subject, String text) {
}
