package com.leadwire.leads.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadSource;
import com.leadwire.pipeline.DealCreated;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PaymentStatusReceived;

/**
 * When a deal starts to match groups, in the transaction of the intake or payment that made it so:
 * a new deal (not imported) matches the groups of source ALL, and a payment whose status becomes
 * FAILED or EXPIRED the groups of source UNFINISHED. A new deal from a checkout source waits for
 * its payment ({@link AbandonedCheckouts}). With no group taking such leads, nothing is read.
 */
@Component
class LeadMatching {

    private static final Set<PaymentStatus> UNFINISHED = EnumSet.of(PaymentStatus.FAILED, PaymentStatus.EXPIRED);

    private final ActiveGroups groups;
    private final LeadEntries entries;
    private final AbandonedCheckouts checkouts;
    private final Deals deals;
    private final Clock clock;

    LeadMatching(ActiveGroups groups, LeadEntries entries, AbandonedCheckouts checkouts, Deals deals, Clock clock) {
        this.groups = groups;
        this.entries = entries;
        this.checkouts = checkouts;
        this.deals = deals;
        this.clock = clock;
    }

    @EventListener
    void on(DealCreated event) {
        if (event.imported() || event.contactEmail() == null) {
            return;
        }
        Instant now = clock.instant();
        List<LeadGroupView> all = groups.taking(LeadSource.ALL, now);
        if (!all.isEmpty()) {
            entries.consider(event.deal(), all, "new deal, event " + event.eventId());
        }
        checkouts.waitForPayment(event.deal(), now);
    }

    @EventListener
    void on(PaymentStatusReceived event) {
        if (!event.applied() || !UNFINISHED.contains(event.status())) {
            return;
        }
        List<LeadGroupView> unfinished = groups.taking(LeadSource.UNFINISHED, clock.instant());
        if (unfinished.isEmpty()) {
            return;
        }
        deals.find(event.dealId()).ifPresent(deal -> entries.consider(deal, unfinished,
                "payment " + event.paymentId() + " " + event.status() + " (" + event.provider() + ")"));
    }
}
