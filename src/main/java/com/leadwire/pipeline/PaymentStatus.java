package com.leadwire.pipeline;

/**
 * A payment's status as every provider adapter maps it. The rank orders them: a callback never
 * moves a deal to a lower rank, so a late "new" or "failed" cannot undo a success or refund.
 */
public enum PaymentStatus {
    NEW(0), FAILED(1), SUCCEEDED(2), REFUNDED(3);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    public boolean supersedes(PaymentStatus current) {
        return current == null || rank > current.rank;
    }

    /** Not settled yet: created, or failed and perhaps tried again; succeeded and refunded are settled. */
    boolean inProgress() {
        return this == NEW || this == FAILED;
    }
}
