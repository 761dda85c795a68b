package com.leadwire.automation.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxSender;
import com.leadwire.outbox.PendingMessage;

/**
 * Sends WEBHOOK outbox rows: a JSON POST to the subscription's current URL, signed with its
 * current secret at this attempt's time, with the delivery id and event in headers. Every
 * attempt is recorded on the delivery. 2xx is delivered. 410 Gone ends the delivery (the
 * receiver says the endpoint is gone for good), and so does a private address (checked at every
 * attempt) or a subscription that was deleted or deactivated. Any other answer, a redirect (not
 * followed), a timeout or a refused connection is retried with the outbox's back-off for the
 * WEBHOOK channel: a 4xx is often a receiver being deployed or misconfigured for a while, and a
 * day of retries costs little.
 */
@Component
class WebhookSender implements OutboxSender {

    static final String DELIVERY_HEADER = "X-Leadwire-Delivery";
    static final String EVENT_HEADER = "X-Leadwire-Event";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final Subscriptions subscriptions;
    private final DeliveryRows deliveries;
    private final WebhookUrls urls;
    private final HostPacing pacing;
    private final WebhookProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient client;

    WebhookSender(Subscriptions subscriptions, DeliveryRows deliveries, WebhookUrls urls, HostPacing pacing, WebhookProperties properties,
                  ObjectMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.urls = urls;
        this.pacing = pacing;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.WEBHOOK;
    }

    @Override
    public void send(PendingMessage message) throws Exception {
        WebhookMessage delivery = read(message);
        Subscription subscription = subscriptions.byId(delivery.subscriptionId()).orElseThrow(() -> new PermanentFailure(
                "webhook subscription " + delivery.subscriptionId() + " was deleted"));
        if (!subscription.active()) {
            throw new PermanentFailure("webhook subscription " + subscription.id() + " is inactive");
        }
        URI url = URI.create(subscription.url());
        try (HostPacing.Permit inFlight = pacing.enter(url)) {
            attempt(delivery, subscription, url);
        }
    }

    @Override
    public void gaveUp(PendingMessage message, String reason) {
        try {
            deliveries.markDead(read(message).deliveryId(), reason);
        } catch (PermanentFailure unreadable) {
            log.warn("Webhook outbox row {} is dead and names no delivery: {}", message.id(), reason);
        }
    }

    private void attempt(WebhookMessage delivery, Subscription subscription, URI url) throws IOException, InterruptedException {
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            Optional<String> refused = urls.refusal(url);
            if (refused.isPresent()) {
                record(delivery, at, started, null, refused.get());
                throw new PermanentFailure(refused.get());
            }
            HttpResponse<Void> response = client.send(request(delivery, subscription, url, at), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                record(delivery, at, started, status, null);
                log.debug("Webhook delivery {} ({} to subscription {}) delivered: {}", delivery.deliveryId(), delivery.event(),
                        subscription.id(), status);
                return;
            }
            String error = status >= 300 && status < 400 ? "the receiver answered " + status + " (redirects are not followed)"
                    : "the receiver answered " + status;
            record(delivery, at, started, status, error);
            if (status == 410) {
                throw new PermanentFailure("the receiver answered 410 Gone: the endpoint is gone for good");
            }
            throw new ReceiverRefused(error);
        } catch (UnknownHostException unknown) {
            record(delivery, at, started, null, "the host " + url.getHost() + " cannot be resolved");
            throw unknown;
        } catch (IOException failure) {
            record(delivery, at, started, null, describe(failure));
            throw failure;
        }
    }

    private HttpRequest request(WebhookMessage delivery, Subscription subscription, URI url, Instant at) {
        return HttpRequest.newBuilder(url)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Leadwire-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.of(subscription.secret(), at.getEpochSecond(), delivery.body()))
                .header(DELIVERY_HEADER, Long.toString(delivery.deliveryId()))
                .header(EVENT_HEADER, delivery.event())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
    }

    /** An attempt as the admin sees it; a failure to write it does not change what happened to the delivery. */
    private void record(WebhookMessage delivery, Instant at, long startedNanos, Integer status, String error) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        try {
            deliveries.recordAttempt(delivery.deliveryId(), new WebhookDeliveryView.Attempt(at, status, error, millis),
                    error == null);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {}: its attempt ({}, {}) could not be recorded: {}", delivery.deliveryId(), status, error,
                    e.toString());
        }
    }

    private WebhookMessage read(PendingMessage message) {
        try {
            return json.readValue(message.payload(), WebhookMessage.class);
        } catch (JsonProcessingException e) {
            throw new PermanentFailure("not a webhook delivery: " + e.getOriginalMessage());
        }
    }

    private static String describe(IOException failure) {
        String kind = failure instanceof java.net.http.HttpTimeoutException ? "no answer within the timeout"
                : failure instanceof java.net.ConnectException ? "the connection was refused or could not be made"
                : failure.getClass().getSimpleName();
        return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
    }

    /** A receiver's answer other than 2xx, to be retried. */
    static final class ReceiverRefused extends RuntimeException {
        ReceiverRefused(String message) {
            super(message);
        }
    }
}
