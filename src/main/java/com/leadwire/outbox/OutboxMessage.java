package com.leadwire.outbox;

import java.util.Objects;

/**
 * A message to deliver. The idempotency key is unique: enqueueing the same key twice keeps
 * the first, and the receiving side may use it to drop a repeat of an at-least-once delivery.
 * The payload is the channel's own JSON (see each {@link OutboxSender}).
 *
 * <p>The recipient is who the message is for as people read it (logs, panel, API); the payload
 * says exactly where it goes. One longer than its column ({@value #MAX_RECIPIENT_CHARS}
 * characters: a team mail to every rep of a large team) is cut to fit and ends in "…", so the
 * message, and the intake transaction that queues it, is not refused for it.
 *
 * <p>{@code tally}, if set, is what the message counts towards (e.g. the marketing e-mails to one
 * contact on one day, see {@link Outbox#count}); at most {@value #MAX_TALLY_CHARS} characters.
 */
public record OutboxMessage(OutboxChannel channel, String idempotencyKey, String recipient, String payload,
                            Long dealId, Long eventId, String tally) {

    public static final int MAX_TALLY_CHARS = 80;

    public static final int MAX_RECIPIENT_CHARS = 500;

    public OutboxMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(payload, "payload");
        recipient = fitted(recipient);
        if (tally != null && tally.length() > MAX_TALLY_CHARS) {
            throw new IllegalArgumentException("a tally has at most " + MAX_TALLY_CHARS + " characters: " + tally);
        }
    }

    /** A message that counts towards nothing. */
    public OutboxMessage(OutboxChannel channel, String idempotencyKey, String recipient, String payload, Long dealId, Long eventId) {
        this(channel, idempotencyKey, recipient, payload, dealId, eventId, null);
    }

    private static String fitted(String recipient) {
        if (recipient.codePointCount(0, recipient.length()) <= MAX_RECIPIENT_CHARS) {
            return recipient;
        }
        return recipient.substring(0, recipient.offsetByCodePoints(0, MAX_RECIPIENT_CHARS - 1)) + "…";
    }
}
