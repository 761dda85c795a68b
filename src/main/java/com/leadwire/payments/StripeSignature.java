package com.leadwire.payments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
        SignatureHeader signature = SignatureHeader.parse(HEADER, header);
        byte[] prefix = (signature.required("t") + ".").getBytes(StandardCharsets.UTF_8);
        if (!HmacSha256.anyMatches(secrets, signature.all("v1"), prefix, body)) {
            throw new SignatureRejectedException(HEADER + " matches no signing secret of this endpoint");
        }
        signature.requireWithin("t", now, tolerance);
    }
}
