package com.leadwire.automation.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.contacts.ContactCreated;
import com.leadwire.pipeline.DealCreated;
import com.leadwire.pipeline.DealEnteredStage;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentStatusReceived;
import com.leadwire.pipeline.StageKind;
import com.leadwire.telegram.ProspectMessageReceived;

/**
 * Turns the domain events into deliveries, inside the transaction that publishes them (so the
 * deliveries commit with the event, or not at all). The subscriptions are cached: an event that
 * no active subscription wants costs nothing more. Imported deals and bulk moves (an admin's
 * correction, not sales events) are not delivered, as rules do not fire for them.
 */
@Component
class WebhookTriggers {

    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;
    private final Deals deals;

    WebhookTriggers(Subscriptions subscriptions, DeliveryQueue queue, Deals deals) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.deals = deals;
    }

    @EventListener
    void on(DealCreated event) {
        if (!event.imported()) {
            deliver(WebhookEvent.DEAL_CREATED, () -> WebhookPayloads.dealCreated(event), event.deal().id(), event.eventId());
        }
    }

    @EventListener
    void on(DealEnteredStage event) {
        if (event.cause().isBulkCorrection()) {
            return;
        }
        List<WebhookEvent> kinds = new ArrayList<>(List.of(WebhookEvent.DEAL_ENTERED_STAGE));
        if (event.toKind() == StageKind.WON) {
            kinds.add(WebhookEvent.DEAL_WON);
        } else if (event.toKind() == StageKind.LOST) {
            kinds.add(WebhookEvent.DEAL_LOST);
        }
        Supplier<Map<String, Object>> content = once(() ->
                WebhookPayloads.enteredStage(event, deals.find(event.dealId()).orElse(null)));
        kinds.forEach(kind -> deliver(kind, content, event.dealId(), event.eventId()));
    }

    @EventListener
    void on(PaymentStatusReceived event) {
        deliver(WebhookEvent.PAYMENT_STATUS, () -> WebhookPayloads.paymentStatus(event, deals.find(event.dealId()).orElse(null)),
                event.dealId(), event.eventId());
    }

    @EventListener
    void on(ContactCreated event) {
        if (event.imported()) {
            return;
        }
        deliver(WebhookEvent.CONTACT_CREATED, () -> WebhookPayloads.contactCreated(event), null, event.eventId());
    }

    @EventListener
    void on(ProspectMessageReceived event) {
        deliver(WebhookEvent.MESSAGE_RECEIVED, () -> WebhookPayloads.messageReceived(event), event.dealId(), null);
    }

    private void deliver(WebhookEvent event, Supplier<Map<String, Object>> content, Long dealId, Long eventId) {
        List<Subscription> wanting = subscriptions.wanting(event);
        if (!wanting.isEmpty()) {
            queue.queue(wanting, event.name(), content.get(), dealId, eventId, null);
        }
    }

    /** Built on first use only (it may read the deal), then shared by the events it serves. */
    private static <T> Supplier<T> once(Supplier<T> build) {
        return new Supplier<>() {
            private T built;

            @Override
            public T get() {
                if (built == null) {
                    built = build.get();
                }
                return built;
            }
        };
    }
}
