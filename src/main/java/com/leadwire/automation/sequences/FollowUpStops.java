package com.leadwire.automation.sequences;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.contacts.ContactUnsubscribed;
import com.leadwire.mail.MailOutcome;
import com.leadwire.pipeline.DealEnteredStage;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PaymentStatusReceived;
import com.leadwire.pipeline.StageKind;

/**
 * What ends a follow-up from outside, in the transaction of the change: the deal moving to another
 * stage than the one it was started in (won, lost or another), its payment succeeding, or the
 * contact unsubscribing (every sequence of the contact); and what
 * the mail sender tells of each e-mail (sent, bounced, failed). A move made by a payment callback
 * waits for the payment's own event, so a successful payment reads as such.
 */
@Component
class FollowUpStops {

    private static final Logger log = LoggerFactory.getLogger(FollowUpStops.class);

    private final FollowUps followUps;
    private final FollowUpRows rows;
    private final Deals deals;
    private final Clock clock;

    FollowUpStops(FollowUps followUps, FollowUpRows rows, Deals deals, Clock clock) {
        this.followUps = followUps;
        this.rows = rows;
        this.deals = deals;
        this.clock = clock;
    }

    @EventListener
    void on(DealEnteredStage event) {
        if (event.fromStageId() == null || event.cause() == DealEnteredStage.Cause.PAYMENT) {
            return;
        }
        stopOutside(event.dealId(), event.toStageId(), event.toKind(), event.actor());
    }

    @EventListener
    void on(PaymentStatusReceived event) {
        if (!event.applied()) {
            return;
        }
        if (event.status() == PaymentStatus.SUCCEEDED) {
            rows.activeOfDeal(event.dealId()).forEach(followUp -> followUps.stop(followUp, StopReason.PAYMENT_SUCCEEDED,
                    "payment " + event.paymentId() + " (" + event.provider() + ")"));
            return;
        }
        deals.find(event.dealId()).ifPresent(deal -> stopOutside(deal.id(), deal.stageId(), deal.stageKind(),
                "payment " + event.paymentId() + " " + event.status()));
    }

    @EventListener
    void on(ContactUnsubscribed event) {
        followUps.stopForContact(event.contactId(), null, StopReason.UNSUBSCRIBED, event.actor());
    }

    @EventListener
    void on(MailOutcome outcome) {
        if (StepKey.parse(outcome.idempotencyKey()).isEmpty()) {
            return;
        }
        EmailStatus status = switch (outcome.result()) {
            case SENT -> EmailStatus.SENT;
            case BOUNCED -> EmailStatus.BOUNCED;
            case FAILED -> EmailStatus.FAILED;
            case SKIPPED -> EmailStatus.SKIPPED;
        };
        try {
            if (rows.emailOutcome(outcome.idempotencyKey(), status, outcome.detail(), clock.instant())) {
                log.info("Follow-up e-mail {} {}{}", outcome.idempotencyKey(), status, outcome.detail() == null ? "" : ": " + outcome.detail());
            }
        } catch (RuntimeException e) {
            log.warn("Follow-up e-mail {}: its status {} was not recorded: {}", outcome.idempotencyKey(), status, e.toString());
        }
    }

    private void stopOutside(long dealId, long stageId, StageKind kind, String by) {
        StopReason reason = switch (kind) {
            case WON -> StopReason.DEAL_WON;
            case LOST -> StopReason.DEAL_LOST;
            case OPEN -> StopReason.DEAL_MOVED;
        };
        rows.activeOfDeal(dealId).stream().filter(followUp -> followUp.stageId() == null || followUp.stageId() != stageId)
                .forEach(followUp -> followUps.stop(followUp, reason, by));
    }
}
