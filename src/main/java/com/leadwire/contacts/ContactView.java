package com.leadwire.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A contact with all its e-mails (primary first), as readers see it; {@code sourceKey}: where it
 * first came from; {@code mergedInto}: the contact it was merged into (a retired contact), else null.
 */
public record ContactView(
        long id,
        String primaryEmail,
        List<String> emails,
        String name,
        String phone,
        String country,
        String language,
        Map<String, String> customFields,
        boolean consent,
        String consentText,
        Instant consentAt,
        boolean unsubscribed,
        Long telegramUserId,
        Instant createdAt,
        Instant updatedAt,
        String sourceKey,
        Long mergedInto) {
}
