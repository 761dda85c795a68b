package com.leadwire.automation.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * Webhook subscriptions, for the API and the panel alike. The secret is write-only: given (or
 * generated) on creation and rotation, answered once then, and never shown again.
 */
@Service
public class WebhookSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(WebhookSubscriptions.class);
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final DeliveryRows deliveries;
    private final WebhookUrls urls;
    private final Clock clock;

    WebhookSubscriptions(Subscriptions subscriptions, DeliveryRows deliveries, WebhookUrls urls, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.urls = urls;
        this.clock = clock;
    }

    public List<WebhookSubscriptionView> all() {
        return subscriptions.all().stream().map(this::view).toList();
    }

    public Optional<WebhookSubscriptionView> find(long id) {
        return subscriptions.stored(id).map(this::view);
    }

    private WebhookSubscriptionView view(Subscription subscription) {
        return subscription.view(deliveries.latestOf(subscription.id()).orElse(null));
    }

    /** {@code secret}: the caller's own (16 to 200 characters), or null for a generated one. */
    @Transactional
    public WebhookSecretShown create(WebhookDraft draft, String secret, String actor) {
        WebhookDraft checked = checked(draft);
        String chosen = secret == null ? generatedSecret() : checkedSecret(secret);
        long id = subscriptions.insert(checked, chosen, clock.instant());
        log.info("Webhook subscription {} created by {}: {} for {}", id, actor, checked.url(), checked.events());
        return new WebhookSecretShown(existing(id), chosen);
    }

    @Transactional
    public WebhookSubscriptionView update(long id, WebhookDraft draft, String actor) {
        WebhookDraft checked = checked(draft);
        if (!subscriptions.update(id, checked, clock.instant())) {
            throw notFound(id);
        }
        log.info("Webhook subscription {} changed by {}: {} for {}, {}", id, actor, checked.url(), checked.events(),
                checked.active() ? "active" : "inactive");
        return existing(id);
    }

    /** A new secret (the caller's, or generated): deliveries sent from now on are signed with it. */
    @Transactional
    public WebhookSecretShown rotateSecret(long id, String secret, String actor) {
        String chosen = secret == null ? generatedSecret() : checkedSecret(secret);
        if (!subscriptions.changeSecret(id, chosen, clock.instant())) {
            throw notFound(id);
        }
        log.info("Webhook subscription {}: secret rotated by {}", id, actor);
        return new WebhookSecretShown(existing(id), chosen);
    }

    /** Deletes the subscription with its deliveries; its queued ones are dropped when they come due. */
    @Transactional
    public void delete(long id, String actor) {
        if (!subscriptions.delete(id)) {
            throw notFound(id);
        }
        log.info("Webhook subscription {} deleted by {}", id, actor);
    }

    private WebhookSubscriptionView existing(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    private WebhookDraft checked(WebhookDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("url", "a webhook needs a URL and events");
        }
        String url = urls.checkedForSaving(draft.url()).toString();
        if (draft.events().isEmpty()) {
            throw new InvalidInputException("events", "choose at least one event");
        }
        String name = blankAsNull(draft.name());
        if (name != null && name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "the name is longer than " + MAX_NAME + " characters");
        }
        String description = blankAsNull(draft.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "the description is longer than " + MAX_DESCRIPTION + " characters");
        }
        return new WebhookDraft(name, description, url, draft.events(), draft.active());
    }

    private static String checkedSecret(String secret) {
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET || !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException("secret", "a secret is " + MIN_SECRET + " to " + MAX_SECRET
                    + " printable ASCII characters without spaces; leave it out for a generated one");
        }
        return secret;
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no webhook subscription " + id);
    }
}
