package com.leadwire.automation.webhooks;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

import com.leadwire.outbox.OutboxSender;

/**
 * Caps the webhook deliveries in flight on this node, per destination (host and port) and in all.
 * A delivery over a cap is not sent and not counted as a failure: it waits a moment
 * ({@link OutboxSender.RetryAfter}) instead of holding a shared sender thread, so one slow
 * receiver ties up at most its own share of the threads, and the rest go to other receivers,
 * mail and Telegram.
 */
@Component
class HostPacing {

    /** Held while a delivery is in flight; closing it frees the place. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final WebhookProperties properties;
    private final Semaphore all;
    private final Map<String, Semaphore> byDestination = new ConcurrentHashMap<>();

    HostPacing(WebhookProperties properties) {
        this.properties = properties;
        this.all = new Semaphore(properties.inFlightTotal());
    }

    Permit enter(URI destination) {
        String key = destination.getHost() + ":" + destination.getPort();
        Semaphore host = byDestination.computeIfAbsent(key, any -> new Semaphore(properties.inFlightPerHost()));
        if (!host.tryAcquire()) {
            throw new OutboxSender.RetryAfter(properties.pacingWait(),
                    properties.inFlightPerHost() + " deliveries to " + destination.getHost() + " are in flight");
        }
        if (!all.tryAcquire()) {
            host.release();
            throw new OutboxSender.RetryAfter(properties.pacingWait(), properties.inFlightTotal() + " webhook deliveries are in flight");
        }
        return () -> {
            all.release();
            host.release();
        };
    }
}
