package com.leadwire.intake;

import java.time.Instant;

/** Which inbound events to list; a null part does not filter. {@code from} is inclusive, {@code to} exclusive. */
public record EventFilter(Channel channel, EventOutcome outcome, Instant from, Instant to) {

    public static EventFilter all() {
        return new EventFilter(null, null, null, null);
    }
}
