package com.leadwire.mail;

/**
 * What became of a queued e-mail, published by the mail sender on its sending thread (outside any
 * transaction): sent, bounced (the SMTP server refused the recipients with a 5xx at send time),
 * failed for good (its retries ran out, or it could never be sent), or skipped (its contact unsubscribed). {@code idempotencyKey} is the
 * key it was queued with ({@link MailRequest#idempotencyKey()}).
 */
public record MailOutcome(String idempotencyKey, Long dealId, Result result, String detail) {

    public enum Result {
        SENT, BOUNCED, FAILED,
        /** Not sent on purpose: a marketing e-mail whose contact unsubscribed after it was queued. */
        SKIPPED
    }
}
