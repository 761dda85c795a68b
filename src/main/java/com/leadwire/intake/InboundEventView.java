package com.leadwire.intake;

import java.time.Instant;

/**
 * An inbound event as an admin or an API client reads it. {@code payload} is the body as received,
 * with the values of secret-looking keys (signatures, tokens, passwords, API keys, card data) masked.
 */
public record InboundEventView(long id, Channel channel, String sourceKey, String idempotencyKey, EventOutcome outcome,
                               Long contactId, Long dealId, Instant receivedAt, Instant processedAt, String payload) {
}
