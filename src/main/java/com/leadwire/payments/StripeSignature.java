package com.leadwire.payments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.leadwire.shared.SignatureRejectedException;

/**
 * Stripe's webhook signature: {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…][,v0=…]},
 * each v1 the HMAC-SHA256 of {@code "<t>.<raw body>"} with an endpoint secret. Any v1 matching any
 * active secret passes (Stripe sends one per secret while a rolled secret is still valid); the
 * timestamp must lie within the tolerance of now, either way, so a captured request cannot be replayed later.
 */
final class StripeSignature {

    static final String HEADER = "Stripe-Signature";

    private StripeSignature() {
    }

    static void verify(String header, byte[] body, List<String> secrets, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            throw new SignatureRejectedException("the " + HEADER + " header is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String item : header.split(",")) {
            String[] pair = item.split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            String name = pair[0].strip();
            if (name.equals("t")) {
                timestamp = seconds(pair[1].strip());
            } else if (name.equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null) {
            throw new SignatureRejectedException(HEADER + " has no timestamp");
        }
        if (signatures.isEmpty()) {
            throw new SignatureRejectedException(HEADER + " has no v1 signature");
        }
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        if (!HmacSha256.anyMatches(secrets, signatures, prefix, body)) {
            throw new SignatureRejectedException(HEADER + " matches no signing secret of this endpoint");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            throw new SignatureRejectedException(HEADER + " timestamp is more than " + tolerance.toSeconds() + " s from now");
        }
    }

    private static Long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new SignatureRejectedException(HEADER + " has an unreadable timestamp");
        }
    }
}
