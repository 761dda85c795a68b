package com.leadwire.automation.engine;

import java.time.Instant;

import com.leadwire.automation.TriggerType;
import com.leadwire.pipeline.PaymentStatus;

/**
 * Something that may fire rules: its trigger type, a key unique to it (a rule fires at most once
 * per key), what it is about and where the deal went ({@code stageId} for stage triggers).
 * {@code eventId} is the intake event behind it, if any; {@code origin} says it in words.
 */
record RuleEvent(TriggerType type, String key, Long dealId, Long contactId, Long pipelineId, Long stageId, PaymentStatus paymentStatus,
                 Long eventId, String origin, Instant at) {

    /** The outbox and Telegram occasion: events of one intake event are one occasion (no two cards for one lead). */
    String occasion() {
        return eventId != null && dealId != null ? "deal-" + dealId + ":event-" + eventId : key;
    }
}
