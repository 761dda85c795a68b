package com.leadwire.pipeline;

import java.util.Objects;

/** A payment callback's news: which payment (per provider) and its status now. */
public record PaymentUpdate(String provider, String paymentId, PaymentStatus status) {

    public PaymentUpdate {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(status, "status");
    }

    /** The deal's external reference: one deal per payment. */
    public String dealRef() {
        return provider + ":" + paymentId;
    }
}
