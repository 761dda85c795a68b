package com.leadwire.telegram;

import java.time.Instant;

/** One Telegram message on a deal's timeline: from the prospect (IN) or from the rep to the prospect (OUT). */
public record DealMessageView(long id, long dealId, Direction direction, Long repUserId, String text, Instant at) {

    public enum Direction { IN, OUT }
}
