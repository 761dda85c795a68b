package com.leadwire.payments;

import java.time.Instant;

/**
 * One payment source as a channel-health view shows it: whether callbacks can pass at all
 * (active, with a signing secret) and how many were refused for their signature, last when.
 */
public record PaymentChannelStatus(String provider, String sourceKey, boolean active, boolean signingSecretConfigured,
                                   long rejectedSignatures, Instant lastRejectedAt) {
}
