package com.leadwire.automation.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.leadwire.outbox.OutboxSender;

/**
 * Caps the webhook deliveries in flight on this node, per destination (host and port) and in all.
 * A delivery over a cap is not sent and not counted as a failure: it waits a moment
 * ({@link OutboxSender.RetryAfter}) instead of holding a shared sender thread, so one slow
 * receiver ties up at most its own share of the threads, and the rest go to other receivers,
 * mail and Telegram. The wait is as long as the oldest request in flight to that destination has
 * been waiting for its answer (at least {@code pacingWait}, at most the request timeout), so a
 * receiver that hangs is asked less often instead of its backlog cycling through the outbox every
 * poll. Only while its destination is answering quickly (a request to it ended within
 * {@code permitWait}) does a delivery over the cap wait that long for a place on its thread, and no
 * more of them than {@code inFlightTotal}: a burst to a fast receiver then goes out at once instead
 * of coming back a poll later, and a slow receiver still holds no thread beyond its cap.
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
        /** When each request in flight started (identity: two may start in the same nanosecond). */
        final Set<long[]> inFlightSince = ConcurrentHashMap.newKeySet();
        volatile boolean answered;
        volatile long lastEndNanos;

        Destination(int places) {
            this.places = new Semaphore(places);
        }
    }

    private final WebhookProperties properties;
    private final LongSupplier nanoTime;
    private final Semaphore all;
    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

    @Autowired
    HostPacing(WebhookProperties properties) {
        this(properties, System::nanoTime);
    }

    /** {@code nanoTime}: the monotonic clock (tests move their own). */
    HostPacing(WebhookProperties properties, LongSupplier nanoTime) {
        this.properties = properties;
        this.nanoTime = nanoTime;
        this.all = new Semaphore(properties.inFlightTotal());
    }

    Permit enter(URI destination) {
        Destination host = destinations.computeIfAbsent(destination.getHost() + ":" + destination.getPort(),
                any -> new Destination(properties.inFlightPerHost()));
        if (!host.places.tryAcquire() && !waitedForAPlace(host)) {
            throw new OutboxSender.RetryAfter(retryWait(host),
                    properties.inFlightPerHost() + " deliveries to " + destination.getHost() + " are in flight");
        }
        if (!all.tryAcquire()) {
            host.places.release();
            throw new OutboxSender.RetryAfter(properties.pacingWait(), properties.inFlightTotal() + " webhook deliveries are in flight");
        }
        long[] started = {nanoTime.getAsLong()};
        host.inFlightSince.add(started);
        return () -> {
            host.inFlightSince.remove(started);
            host.lastEndNanos = nanoTime.getAsLong();
            host.answered = true;
            all.release();
            host.places.release();
        };
    }

    /** How long the oldest request in flight to the destination has waited, at least {@code pacingWait}, at most the timeout. */
    private Duration retryWait(Destination host) {
        long now = nanoTime.getAsLong();
        Duration oldest = Duration.ofNanos(host.inFlightSince.stream().mapToLong(started -> now - started[0]).max().orElse(0));
        if (oldest.compareTo(properties.pacingWait()) < 0) {
            return properties.pacingWait();
        }
        return oldest.compareTo(properties.timeout()) > 0 ? properties.timeout() : oldest;
    }

    private boolean waitedForAPlace(Destination host) {
        long permitWait = properties.permitWait().toNanos();
        if (!host.answered || nanoTime.getAsLong() - host.lastEndNanos > permitWait) {
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
