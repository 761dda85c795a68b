package com.leadwire.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The channel's health as this node saw it: last successful poll or webhook call, failures since
 * the last successful Bot API call, the last 429. Shown as the {@code telegram} health
 * contributor; an unreachable Bot API does not take the app down (messages wait in the outbox).
 */
@Component("telegram")
public class TelegramHealth implements HealthIndicator {

    private final TelegramProperties properties;
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean polling;
    private volatile Instant lastPollAt;
    private volatile Instant lastWebhookAt;
    private volatile Instant lastUpdateAt;
    private volatile Instant lastSuccessAt;
    private volatile String lastError;
    private volatile Instant lastRateLimitAt;
    private volatile Duration lastRetryAfter;

    TelegramHealth(TelegramProperties properties) {
        this.properties = properties;
    }

    public TelegramChannelHealth current() {
        return new TelegramChannelHealth(properties.enabled(), properties.mode().name().toLowerCase(), polling, lastPollAt,
                lastWebhookAt, lastSuccessAt, failures.get(), lastError, lastRateLimitAt, lastRetryAfter, lastUpdateAt);
    }

    @Override
    public Health health() {
        TelegramChannelHealth now = current();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enabled", now.enabled());
        if (now.enabled()) {
            details.put("mode", now.mode());
            details.put("polling", now.polling());
            details.put("lastPollAt", String.valueOf(now.lastPollAt()));
            details.put("lastWebhookAt", String.valueOf(now.lastWebhookAt()));
            details.put("lastUpdateAt", String.valueOf(now.lastUpdateAt()));
            details.put("lastSuccessAt", String.valueOf(now.lastSuccessAt()));
            details.put("failuresSinceSuccess", now.failuresSinceSuccess());
            details.put("lastError", String.valueOf(now.lastError()));
            details.put("lastRateLimitAt", String.valueOf(now.lastRateLimitAt()));
        }
        return Health.up().withDetails(details).build();
    }

    void pollingStarted(boolean running) {
        polling = running;
    }

    void polled() {
        lastPollAt = Instant.now();
        succeeded();
    }

    void webhookReceived() {
        lastWebhookAt = Instant.now();
        lastUpdateAt = lastWebhookAt;
    }

    void updatesPolled() {
        lastUpdateAt = Instant.now();
    }

    void succeeded() {
        lastSuccessAt = Instant.now();
        failures.set(0);
    }

    void failed(String error) {
        failures.incrementAndGet();
        lastError = error;
    }

    void rateLimited(Duration retryAfter) {
        lastRateLimitAt = Instant.now();
        lastRetryAfter = retryAfter;
        failed("429 retry after " + retryAfter.toSeconds() + " s");
    }
}
