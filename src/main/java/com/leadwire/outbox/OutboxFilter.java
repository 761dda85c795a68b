package com.leadwire.outbox;

/** Which messages an admin lists; a null part does not filter. */
public record OutboxFilter(OutboxState state, OutboxChannel channel) {

    public static OutboxFilter all() {
        return new OutboxFilter(null, null);
    }
}
