package com.leadwire.pipeline;

/**
 * A payment's status as every provider adapter maps it. The rank orders them: a callback never
 * moves a deal to a lower rank, so a late "new" or "failed" cannot undo a success or refund.
 * EXPIRED (a checkout session that ran out before it was paid) ranks between NEW and FAILED: a
 * failed attempt says more than an expired session, and a late "created" does not undo either.
 */
public enum PaymentStatus {
    NEW(0), EXPIRED(1), FAILED(2), SUCCEEDED(3), REFUNDED(4);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    public boolean supersedes(PaymentStatus current) {
        return current == null || rank > current.rank;
    }

    /** Not settled yet: created, expired or failed and perhaps tried again; succeeded and refunded are settled. */
    boolean inProgress() {
        return this == NEW || this == EXPIRED || this == FAILED;
    }
}
