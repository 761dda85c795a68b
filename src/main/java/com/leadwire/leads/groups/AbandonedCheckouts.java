package com.leadwire.leads.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.TimerView;
import com.leadwire.automation.timers.Timers;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadSource;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;

/**
 * A deal from a checkout source (a pop-up or form marked as one) waits for its payment: per group
 * of source ABANDONED taking leads, an automation timer of kind ABANDONED_CHECKOUT due the group's
 * {@code abandonAfter} later. When it fires, the checkout is abandoned if neither the deal nor
 * another deal of its contact created since has a successful payment; the deal then matches that
 * group. A group switched off meanwhile lets its timers pass without effect.
 */
@Component
class AbandonedCheckouts implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(AbandonedCheckouts.class);
    private static final Pattern KEY = Pattern.compile("abandoned-checkout:group-(\\d+):deal-(\\d+)");
    private static final Set<PaymentStatus> PAID = EnumSet.of(PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED);

    private final ActiveGroups groups;
    private final LeadEntries entries;
    private final Sources sources;
    private final Deals deals;
    private final Timers timers;
    private final Clock clock;

    AbandonedCheckouts(ActiveGroups groups, LeadEntries entries, Sources sources, Deals deals, Timers timers, Clock clock) {
        this.groups = groups;
        this.entries = entries;
        this.sources = sources;
        this.deals = deals;
        this.timers = timers;
        this.clock = clock;
    }

    /** A new deal: if it came from a checkout source, its wait for a payment starts for every abandoned-checkouts group. */
    void waitForPayment(DealView deal, Instant now) {
        if (deal.sourceKey() == null || PAID.contains(deal.paymentStatus()) || !groups.anyTaking(LeadSource.ABANDONED, now)) {
            return;
        }
        Optional<SourceView> source = sources.findByKey(deal.sourceKey());
        if (source.isEmpty() || !source.get().checkout()) {
            return;
        }
        for (LeadGroupView group : groups.taking(LeadSource.ABANDONED, now)) {
            Duration after = Duration.parse(group.abandonAfter());
            timers.schedule(TimerRequest.abandonedCheckout(deal.id(), deal.contactId(), now, after,
                    "checkout '" + source.get().name() + "' waits " + group.abandonAfter() + " for its payment (lead group '" + group.name()
                            + "')", "abandoned-checkout:group-" + group.id() + ":deal-" + deal.id()));
        }
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.ABANDONED_CHECKOUT;
    }

    @Override
    public void fire(TimerView timer) {
        Matcher key = KEY.matcher(timer.key());
        if (!key.matches()) {
            return;
        }
        LeadGroupView group = groups.byId(Long.parseLong(key.group(1)));
        Optional<DealView> deal = deals.find(timer.dealId());
        if (group == null || !group.takesLeadsAt(clock.instant()) || deal.isEmpty()) {
            return;
        }
        if (paid(deal.get())) {
            log.info("Checkout deal {} was paid within {}: not an abandoned checkout for lead group {}", deal.get().id(),
                    group.abandonAfter(), group.id());
            return;
        }
        entries.consider(deal.get(), List.of(group), "checkout abandoned, no payment within " + group.abandonAfter());
    }

    /** The deal's payment, or one of another deal of the contact made since the checkout (the payment channel's own deal). */
    private boolean paid(DealView checkout) {
        if (PAID.contains(checkout.paymentStatus())) {
            return true;
        }
        return deals.forContact(checkout.contactId()).stream()
                .anyMatch(other -> PAID.contains(other.paymentStatus()) && !other.createdAt().isBefore(checkout.createdAt()));
    }
}
