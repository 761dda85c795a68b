package com.leadwire.automation.webhooks;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.leadwire.outbox.OutboxSender;

/**
 * Caps the webhook deliveries in flight on this node, per destination (host and port) and in all.
 * A delivery over a cap is not sent and not counted as a failure: it waits a moment
 * ({@link OutboxSender.RetryAfter}) instead of holding a shared sender thread, so one slow
 * receiver ties up at most its own share of the threads, and the rest go to other receivers,
 * mail and Telegram. Only while its destination is answering quickly (a request to it ended
 * within {@code permitWait}) does a delivery over the cap wait that long for a place on its thread,
 * and no more of them than {@code inFlightTotal}: a burst to a fast receiver then goes out at once
 * instead of coming back a poll later, and a slow receiver still holds no thread beyond its cap.
 */
@Component
class HostPacing {

    /** Held while a delivery is in flight; closing it frees the place. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** One destination's places, and whether it is answering quickly. */
    private static final class Destination {
        final Semaphore places;
        final AtomicInteger waiting = new AtomicInteger();
        volatile boolean answered;
        volatile long lastEndNanos;

        Destination(int places) {
            this.places = new Semaphore(places);
        }
    }

    private final WebhookProperties properties;
    private final Semaphore all;
    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

    HostPacing(WebhookProperties properties) {
        this.properties = properties;
        this.all = new Semaphore(properties.inFlightTotal());
    }

    Permit enter(URI destination) {
        Destination host = destinations.computeIfAbsent(destination.getHost() + ":" + destination.getPort(),
                any -> new Destination(properties.inFlightPerHost()));
        if (!host.places.tryAcquire() && !waitedForAPlace(host)) {
            throw new OutboxSender.RetryAfter(properties.pacingWait(),
                    properties.inFlightPerHost() + " deliveries to " + destination.getHost() + " are in flight");
        }
        if (!all.tryAcquire()) {
            host.places.release();
            throw new OutboxSender.RetryAfter(properties.pacingWait(), properties.inFlightTotal() + " webhook deliveries are in flight");
        }
        return () -> {
            host.lastEndNanos = System.nanoTime();
            host.answered = true;
            all.release();
            host.places.release();
        };
    }

    private boolean waitedForAPlace(Destination host) {
        long permitWait = properties.permitWait().toNanos();
        if (!host.answered || System.nanoTime() - host.lastEndNanos > permitWait) {
            return false;
        }
        try {
            if (host.waiting.incrementAndGet() > properties.inFlightTotal()) {
                return false;
            }
            return host.places.tryAcquire(permitWait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            host.waiting.decrementAndGet();
        }
    }
}
