package com.leadwire.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Telegram's limits for one bot: about one message a second to a chat and thirty a second
 * overall. {@link #reserve} takes a slot when one is free, or says how long to wait ({@link #take}
 * waits a short wait itself), so our own pace never causes a 429. One per bot, shared by the outbox's
 * Telegram sender and the bot's direct replies ({@link BotReplies}); in memory, and holding across
 * nodes because only the node with the {@link SendLease} sends.
 *
 * <p>Telegram counts a message when it arrives, which is some time after we reserve its slot and
 * before its call {@link #ended}. So a slot counts from the end of its call: a chat's next message
 * and the 31st of the bot's are reserved no sooner than a second after the calls they follow
 * ended, and can never arrive within a second of them, however long a call took (counted from the
 * reservation, one slow call let the next second's messages arrive too close: 429s at the cap).
 */
class Pacing {

    /** The wait we give when every slot is held by a call still running (calls take milliseconds). */
    static final Duration CALL_WAIT = Duration.ofMillis(50);
    /**
     * {@link #take} waits for a slot that frees within this (four times this in all), and only
     * {@link #WAITING_CALLERS} callers wait at once (the outbox's senders serve every channel). A sender that hands a short wait back to the
     * outbox gets the message again only with a later poll, and the slot goes unused meanwhile: at the
     * cap, 26 messages a second instead of 30.
     */
    static final Duration WAIT_HERE_AT_MOST = Duration.ofMillis(250);
    static final int WAITING_CALLERS = 4;

    private final Duration perChat;
    private final int perSecond;
    private final Clock clock;
    private final Map<Long, Instant> nextPerChat = new HashMap<>();
    private final Set<Long> chatsInCall = new HashSet<>();
    private final Deque<Instant> endedInLastSecond = new ArrayDeque<>();
    private int inCall;
    private final Semaphore waiting = new Semaphore(WAITING_CALLERS);

    Pacing(Duration perChat, int perSecond, Clock clock) {
        this.perChat = perChat;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Empty: go ahead (the slot is taken until {@link #ended}). Otherwise: the wait until a slot is free. */
    synchronized Optional<Duration> reserve(long chatId) {
        Instant now = clock.instant();
        if (chatsInCall.contains(chatId)) {
            return Optional.of(CALL_WAIT);
        }
        Instant chatFree = nextPerChat.getOrDefault(chatId, Instant.MIN);
        if (now.isBefore(chatFree)) {
            return Optional.of(Duration.between(now, chatFree));
        }
        while (!endedInLastSecond.isEmpty() && !endedInLastSecond.peekFirst().isAfter(now.minusSeconds(1))) {
            endedInLastSecond.pollFirst();
        }
        if (inCall + endedInLastSecond.size() >= perSecond) {
            return Optional.of(endedInLastSecond.isEmpty() ? CALL_WAIT
                    : Duration.between(now, endedInLastSecond.peekFirst().plusSeconds(1)));
        }
        inCall++;
        chatsInCall.add(chatId);
        return Optional.empty();
    }

    /**
     * {@link #reserve}, waiting here for a slot that frees within {@link #WAIT_HERE_AT_MOST} while
     * fewer than {@link #WAITING_CALLERS} callers wait already. Empty: the slot is taken.
     */
    Optional<Duration> take(long chatId) {
        Optional<Duration> wait = reserve(chatId);
        if (wait.isEmpty() || wait.get().compareTo(WAIT_HERE_AT_MOST) > 0 || !waiting.tryAcquire()) {
            return wait;
        }
        try {
            long giveUp = System.nanoTime() + WAIT_HERE_AT_MOST.multipliedBy(4).toNanos();
            while (wait.isPresent() && wait.get().compareTo(WAIT_HERE_AT_MOST) <= 0 && System.nanoTime() < giveUp) {
                Thread.sleep(Math.max(1, wait.get().toMillis()));
                wait = reserve(chatId);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.release();
        }
        return wait;
    }

    /** The call that took the chat's slot ended, answered or not: the slot counts from now. */
    synchronized void ended(long chatId) {
        if (!chatsInCall.remove(chatId)) {
            return;
        }
        Instant now = clock.instant();
        inCall--;
        endedInLastSecond.addLast(now);
        nextPerChat.merge(chatId, now.plus(perChat), (held, next) -> held.isAfter(next) ? held : next);
        if (nextPerChat.size() > 10_000) {
            nextPerChat.values().removeIf(free -> free.isBefore(now));
        }
    }

    /** After a 429 for a chat, nothing more goes to it before Telegram's wait is over. */
    synchronized void holdChat(long chatId, Duration wait) {
        nextPerChat.put(chatId, clock.instant().plus(wait));
    }
}
