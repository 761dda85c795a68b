package com.leadwire.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.leadwire.shared.BackgroundWork;

/**
 * Which node sends the bot's messages: the holder of a lease row, so that the bot's pace
 * ({@link Pacing}, kept in memory) holds however many nodes run. Renewed every third of its
 * length; another node takes it once it ran out. Other nodes leave the outbox's Telegram rows to
 * the holder and queue their direct replies for it.
 */
@Component
@ConditionalOnBot
class SendLease implements BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(SendLease.class);

    private final PollLease leases;
    private final String bot;
    private final String owner;
    private final Duration length;
    private ScheduledExecutorService timer;
    /** Until when this node may send: the row's own end less a margin, so a stalled renewal cannot outlive it. */
    private volatile Instant heldUntil = Instant.MIN;

    SendLease(PollLease leases, TelegramProperties properties) {
        this.leases = leases;
        this.bot = TelegramLinkCodes.hash("send:" + properties.token());
        this.owner = PollLease.newOwner();
        this.length = properties.lease();
    }

    boolean held() {
        return Instant.now().isBefore(heldUntil);
    }

    synchronized void renew() {
        if (timer == null) {
            return;
        }
        Instant asked = Instant.now();
        boolean was = held();
        boolean got;
        try {
            got = leases.hold(bot, owner, length);
        } catch (DataAccessException e) {
            got = false;
            log.warn("Telegram send lease not renewed: {}", e.getMostSpecificCause().toString());
        }
        heldUntil = got ? asked.plus(length).minus(length.dividedBy(6)) : Instant.MIN;
        if (got != was) {
            log.info(got ? "Telegram: this node sends the bot's messages (it holds the send lease)"
                    : "Telegram: another node sends the bot's messages (it holds the send lease)");
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(BotPolling.daemon("telegram-send-lease"));
        renew();
        long every = Math.max(1, length.toMillis() / 3);
        timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** Waits for a renewal under way (they share the monitor), so none can take the row back after the release. */
    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
        heldUntil = Instant.MIN;
        leases.release(bot, owner);
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
