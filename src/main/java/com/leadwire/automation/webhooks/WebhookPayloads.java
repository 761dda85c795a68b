package com.leadwire.automation.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.leadwire.contacts.ContactCreated;
import com.leadwire.pipeline.DealCreated;
import com.leadwire.pipeline.DealEnteredStage;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.PaymentStatusReceived;
import com.leadwire.telegram.ProspectMessageReceived;

/** What a delivery tells about each event, beside {@code id}, {@code event} and {@code occurredAt}. */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    static Map<String, Object> dealCreated(DealCreated event) {
        return object("deal", deal(event.deal()),
                "contact", object("id", event.deal().contactId(), "email", event.contactEmail(), "name", event.contactName(),
                        "language", event.contactLanguage()));
    }

    /** {@code deal} as it is now, or null when it cannot be read (then only its id is told). */
    static Map<String, Object> enteredStage(DealEnteredStage event, DealView deal) {
        return object("deal", deal == null ? object("id", event.dealId()) : deal(deal),
                "move", object("pipelineId", event.pipelineId(), "fromStageId", event.fromStageId(), "toStageId", event.toStageId(),
                        "toStageKind", event.toKind(), "cause", event.cause(), "actor", event.actor()),
                "contact", deal == null ? null : object("id", deal.contactId()));
    }

    static Map<String, Object> paymentStatus(PaymentStatusReceived event, DealView deal) {
        return object("deal", deal == null ? object("id", event.dealId()) : deal(deal),
                "payment", object("provider", event.provider(), "paymentId", event.paymentId(), "status", event.status(),
                        "applied", event.applied()),
                "contact", deal == null ? null : object("id", deal.contactId()));
    }

    static Map<String, Object> contactCreated(ContactCreated event) {
        return object("contact", object("id", event.contactId(), "email", event.email()));
    }

    static Map<String, Object> messageReceived(ProspectMessageReceived event) {
        return object("deal", object("id", event.dealId()),
                "contact", object("id", event.contactId(), "telegramUserId", event.telegramUserId()),
                "message", object("id", event.dealMessageId(), "text", event.text(), "receivedAt", event.receivedAt()));
    }

    static Map<String, Object> deal(DealView deal) {
        return object("id", deal.id(), "title", deal.title(), "amount", deal.amount(), "currency", deal.currency(),
                "pipeline", object("id", deal.pipelineId(), "name", deal.pipelineName()),
                "stage", object("id", deal.stageId(), "name", deal.stageName(), "kind", deal.stageKind()),
                "source", deal.sourceKey(), "responsibleUserId", deal.responsibleUserId(), "products", deal.products(),
                "fields", deal.fields(), "externalRef", deal.externalRef(), "paymentStatus", deal.paymentStatus(),
                "lostReason", deal.lostReason(), "createdAt", deal.createdAt(), "stageEnteredAt", deal.stageEnteredAt());
    }

    /** A JSON object from name, value pairs, in their order; values may be null. */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
