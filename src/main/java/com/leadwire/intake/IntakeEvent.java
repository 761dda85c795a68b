package com.leadwire.intake;

import java.util.Objects;

import com.leadwire.contacts.ContactDetails;
import com.leadwire.pipeline.DealRequest;

/**
 * One event from any channel, normalised. The idempotency key is the channel's own id of the
 * event (provider event id, form submission id, Telegram update id, API Idempotency-Key); the
 * service scopes it by channel and source. {@code payload} is the raw body, kept in the log.
 * {@code actor} says who or what acted, for history ("api:key-name", "form:leads-autocloud").
 * {@code createsDeal = false} only merges the contact (an import of a contact list).
 */
public record IntakeEvent(Channel channel, String sourceKey, String idempotencyKey, String payload,
                          ContactDetails contact, DealRequest deal, String actor, boolean createsDeal) {

    public IntakeEvent(Channel channel, String sourceKey, String idempotencyKey, String payload, ContactDetails contact,
                       DealRequest deal, String actor) {
        this(channel, sourceKey, idempotencyKey, payload, contact, deal, actor, true);
    }

    public IntakeEvent {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(contact, "contact");
        deal = deal == null ? DealRequest.empty() : deal;
        actor = actor == null ? channel.name().toLowerCase() + (sourceKey == null ? "" : ":" + sourceKey) : actor;
    }

    /** Whether the channel gave the event a key of its own; without one it can never be a repeat. */
    public boolean hasIdempotencyKey() {
        return idempotencyKey != null && !idempotencyKey.isBlank();
    }
}
