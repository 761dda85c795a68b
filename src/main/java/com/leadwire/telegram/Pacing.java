package com.leadwire.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's limits for one bot: about one message a second to a chat and thirty a second
 * overall. {@link #reserve} takes a slot when one is free, or says how long to wait, so our own
 * pace never causes a 429. In memory, per node.
 */
class Pacing {

    private final Duration perChat;
    private final int perSecond;
    private final Clock clock;
    private final Map<Long, Instant> nextPerChat = new ConcurrentHashMap<>();
    private final Deque<Instant> lastSecond = new ArrayDeque<>();

    Pacing(Duration perChat, int perSecond, Clock clock) {
        this.perChat = perChat;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Empty: go ahead (the slot is taken). Otherwise: the wait until a slot is free. */
    synchronized Optional<Duration> reserve(long chatId) {
        Instant now = clock.instant();
        Instant chatFree = nextPerChat.getOrDefault(chatId, Instant.MIN);
        if (now.isBefore(chatFree)) {
            return Optional.of(Duration.between(now, chatFree));
        }
        while (!lastSecond.isEmpty() && !lastSecond.peekFirst().isAfter(now.minusSeconds(1))) {
            lastSecond.pollFirst();
        }
        if (lastSecond.size() >= perSecond) {
            return Optional.of(Duration.between(now, lastSecond.peekFirst().plusSeconds(1)));
        }
        lastSecond.addLast(now);
        if (nextPerChat.size() > 10_000) {
            nextPerChat.values().removeIf(free -> free.isBefore(now));
        }
        nextPerChat.put(chatId, now.plus(perChat));
        return Optional.empty();
    }

    /** After a 429 for a chat, nothing more goes to it before Telegram's wait is over. */
    synchronized void holdChat(long chatId, Duration wait) {
        nextPerChat.put(chatId, clock.instant().plus(wait));
    }
}
