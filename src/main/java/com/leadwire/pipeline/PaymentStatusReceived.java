package com.leadwire.pipeline;

/** A payment callback reached its deal; {@code applied} is false when it was stale (out of order). */
public record PaymentStatusReceived(long dealId, String provider, String paymentId, PaymentStatus status,
                                    boolean applied, long eventId) {
}
