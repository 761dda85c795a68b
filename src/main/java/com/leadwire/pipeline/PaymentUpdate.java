package com.leadwire.pipeline;

import java.util.Objects;

import com.leadwire.shared.InvalidInputException;

/** A payment callback's news: which payment (per provider) and its status now. */
public record PaymentUpdate(String provider, String paymentId, PaymentStatus status) {

    /** The length of the deal's {@code external_ref} column. */
    private static final int MAX_DEAL_REF = 200;

    public PaymentUpdate {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(status, "status");
        int room = MAX_DEAL_REF - provider.length() - 1;
        if (paymentId.length() > room) {
            throw new InvalidInputException("paymentId", "a payment id of " + provider + " has at most " + room + " characters");
        }
    }

    /** The deal's external reference: one deal per payment. */
    public String dealRef() {
        return provider + ":" + paymentId;
    }
}
