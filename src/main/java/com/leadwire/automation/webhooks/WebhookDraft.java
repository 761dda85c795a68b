package com.leadwire.automation.webhooks;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A subscription as an admin writes it; the secret is set on creation and by rotation only. */
public record WebhookDraft(String name, String description, String url, Set<WebhookEvent> events, boolean active) {

    public WebhookDraft {
        // in the enum's order, so lists and JSON show them the same way every time
        events = events == null || events.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(events));
    }
}
