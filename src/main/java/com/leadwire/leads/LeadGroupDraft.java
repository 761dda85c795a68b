package com.leadwire.leads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lead group as the wizard and the API write it. {@code sequenceIds}: one sequence, or the
 * variants of an A/B test in order; {@code products}, {@code language}, {@code country}: empty or
 * null for all; {@code abandonAfter}: for source ABANDONED, how long a checkout waits for its payment
 * (ISO-8601, PT1H when not given); {@code test}: the A/B end criteria (null: none).
 */
public record LeadGroupDraft(String name, String description, LeadGroupStatus status, Instant startsAt, LeadSource source,
                             List<Long> sequenceIds, Long webhookId, String bcc, Integer priority, List<String> products,
                             String language, String country, boolean overrideDiscounts, LeadGroupTest test, String abandonAfter) {

    public LeadGroupDraft {
        // nulls kept, so that LeadGroups names the field they are in
        sequenceIds = sequenceIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sequenceIds));
        products = products == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(products));
    }
}
