package com.leadwire.team;

/** Where a leaving member's open deals go: to another active member, or to nobody ({@code toUserId} null). */
public record DealHandover(Long toUserId) {

    public static DealHandover unassigned() {
        return new DealHandover(null);
    }
}
