package com.leadwire.api;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.leadwire.automation.webhooks.WebhookDeliveries;
import com.leadwire.automation.webhooks.WebhookDeliveryView;
import com.leadwire.automation.webhooks.WebhookDraft;
import com.leadwire.automation.webhooks.WebhookEvent;
import com.leadwire.automation.webhooks.WebhookSecretShown;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Outbound webhook subscriptions and their deliveries. Each delivery is a JSON POST signed
 * {@code X-Leadwire-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} with the
 * subscription's secret, with {@code X-Leadwire-Delivery} and {@code X-Leadwire-Event} headers.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhooksController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;

    WebhooksController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** A subscription as it is written: {@code secret} only on creation (left out: one is generated). */
    record SubscriptionInput(String name, String description, String url,
                             @Schema(description = "CONTACT_CREATED, DEAL_CREATED, DEAL_ENTERED_STAGE, DEAL_WON, DEAL_LOST, "
                                     + "PAYMENT_STATUS, MESSAGE_RECEIVED") List<String> events,
                             @Schema(accessMode = Schema.AccessMode.WRITE_ONLY, description = "write-only: 16 to 200 printable "
                                     + "characters; left out on creation, one is generated") String secret,
                             Boolean active) {

        WebhookDraft draft() {
            return new WebhookDraft(name, description, url, knownEvents(), active == null || active);
        }

        private Set<WebhookEvent> knownEvents() {
            if (events == null) {
                return Set.of();
            }
            Set<WebhookEvent> known = EnumSet.noneOf(WebhookEvent.class);
            for (String event : events) {
                try {
                    known.add(WebhookEvent.valueOf(String.valueOf(event).strip()));
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidInputException("events", "unknown event '" + event + "'; the events are "
                            + Arrays.toString(WebhookEvent.values()));
                }
            }
            return known;
        }
    }

    /** A new secret; left out, one is generated. */
    record SecretInput(String secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionJson(long id, String name, String description, String url, Set<WebhookEvent> events, boolean active,
                            Instant createdAt, Instant updatedAt, WebhookSubscriptionView.LastDelivery lastDelivery,
                            @Schema(description = "only in the answer to a creation or rotation, never again") String secret) {

        static SubscriptionJson of(WebhookSubscriptionView view) {
            return new SubscriptionJson(view.id(), view.name(), view.description(), view.url(), view.events(), view.active(),
                    view.createdAt(), view.updatedAt(), view.lastDelivery(), null);
        }

        static SubscriptionJson of(WebhookSecretShown shown) {
            SubscriptionJson json = of(shown.subscription());
            return new SubscriptionJson(json.id, json.name, json.description, json.url, json.events, json.active, json.createdAt,
                    json.updatedAt, json.lastDelivery, shown.secret());
        }
    }

    @GetMapping
    @Operation(summary = "All subscriptions (never with their secrets), with each one's newest delivery status")
    List<SubscriptionJson> all() {
        return subscriptions.all().stream().map(SubscriptionJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a subscription; the answer holds the secret, the only time it is shown. "
            + "422 for a URL on a private or loopback address (unless leadwire.webhooks.allow-private-addresses)")
    SubscriptionJson create(@RequestBody SubscriptionInput input, Principal caller) {
        return SubscriptionJson.of(subscriptions.create(input.draft(), input.secret(), caller.getName()));
    }

    @GetMapping("/{id}")
    SubscriptionJson byId(@PathVariable long id) {
        return SubscriptionJson.of(subscriptions.find(id).orElseThrow(() -> new NotFoundException("no webhook subscription " + id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a subscription (all fields but the secret, which rotate-secret changes)")
    SubscriptionJson update(@PathVariable long id, @RequestBody SubscriptionInput input, Principal caller) {
        if (input.secret() != null) {
            throw new InvalidInputException("secret", "the secret is changed with POST /api/v1/webhooks/" + id
                    + "/rotate-secret");
        }
        return SubscriptionJson.of(subscriptions.update(id, input.draft(), caller.getName()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a subscription with its deliveries")
    void delete(@PathVariable long id, Principal caller) {
        subscriptions.delete(id, caller.getName());
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(summary = "Give the subscription a new secret (the body's, or a generated one); the answer holds it, once")
    SubscriptionJson rotateSecret(@PathVariable long id, @RequestBody(required = false) SecretInput input, Principal caller) {
        return SubscriptionJson.of(subscriptions.rotateSecret(id, input == null ? null : input.secret(), caller.getName()));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's newest deliveries (status PENDING, DELIVERED, DEAD or SKIPPED) with their attempts")
    List<WebhookDeliveryView> deliveries(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
        return deliveries.ofSubscription(id, limit);
    }

    @PostMapping("/deliveries/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivery again (signed afresh), with a fresh day of retries; 409 while it is still pending")
    WebhookDeliveryView replay(@PathVariable long id, Principal caller) {
        return deliveries.replay(id, caller.getName());
    }

    @PostMapping("/{id}/deliveries/replay-dead")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send every dead delivery of the subscription again")
    Map<String, Integer> replayDead(@PathVariable long id, Principal caller) {
        return Map.of("replayed", deliveries.replayDead(id, caller.getName()));
    }
}
