package com.leadwire.leads.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.leadwire.automation.WebhookTargets;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.contacts.ContactView;
import com.leadwire.contacts.Contacts;
import com.leadwire.leads.LeadEnteredGroup;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.StageKind;

/**
 * A deal that starts to match groups: its contact enters the one of highest priority (ties: the
 * older group), in the transaction of the event that made it match. The rules:
 * <ul>
 * <li>a lead is a contact with an e-mail who has not unsubscribed, for a deal not won and not paid
 * (payment SUCCEEDED or REFUNDED), whose products (when the group names some: any of them),
 * language (the group's, or a variant of it: pt matches pt-BR) and country match;</li>
 * <li>a contact enters a group once;</li>
 * <li>a contact follows one group at a time: while the follow-up a group started for it is active,
 * it enters another group only if that one's priority is higher, and the running follow-up stops
 * (reason LEAD_GROUP).</li>
 * </ul>
 * On entry: the variant's follow-up starts (with the group's BCC and discount rule), the lead is
 * written with copies of name, e-mail, products and country, {@link LeadEnteredGroup} is published,
 * and the group's webhook (instant lead notification) is queued.
 */
@Component
class LeadEntries {

    static final String WEBHOOK_EVENT = "LEAD_ENTERED_GROUP";
    private static final Logger log = LoggerFactory.getLogger(LeadEntries.class);
    private static final Set<PaymentStatus> PAID = EnumSet.of(PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED);

    private final MemberRows members;
    private final ActiveGroups groups;
    private final Variants variants;
    private final FollowUps followUps;
    private final Contacts contacts;
    private final WebhookTargets webhooks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadEntries(MemberRows members, ActiveGroups groups, Variants variants, FollowUps followUps, Contacts contacts,
                WebhookTargets webhooks, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.groups = groups;
        this.variants = variants;
        this.followUps = followUps;
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.events = events;
        this.clock = clock;
    }

    /** The deal matches these groups' source now ({@code why}: the event, for the log); its contact enters the best one that fits. */
    void consider(DealView deal, List<LeadGroupView> candidates, String why) {
        if (candidates.isEmpty() || deal.stageKind() == StageKind.WON || PAID.contains(deal.paymentStatus())) {
            return;
        }
        List<LeadGroupView> forProducts = candidates.stream().filter(group -> hasProduct(group, deal)).toList();
        if (forProducts.isEmpty()) {
            return;
        }
        Optional<ContactView> found = contacts.findById(deal.contactId());
        if (found.isEmpty() || found.get().primaryEmail() == null || found.get().unsubscribed() || found.get().mergedInto() != null) {
            return;
        }
        ContactView contact = found.get();
        Map<Long, Long> entered = members.ofContact(contact.id()).stream()
                .collect(Collectors.toMap(MemberRows.Membership::groupId, m -> m.followUpId() == null ? -1L : m.followUpId()));
        Optional<LeadGroupView> best = forProducts.stream()
                .filter(group -> !entered.containsKey(group.id()) && speaks(group, contact) && livesIn(group, contact))
                .min(Comparator.comparingInt(LeadGroupView::priority).reversed().thenComparingLong(LeadGroupView::id));
        if (best.isEmpty()) {
            return;
        }
        LeadGroupView group = best.get();
        Map<LeadGroupView, Long> following = following(entered);
        Optional<Map.Entry<LeadGroupView, Long>> current = following.entrySet().stream()
                .max(Comparator.comparingInt(entry -> entry.getKey().priority()));
        if (current.isPresent() && current.get().getKey().priority() >= group.priority()) {
            log.info("Deal {} matches lead group {} '{}' ({}), but contact {} follows group {} '{}' of priority {} >= {}: not entered",
                    deal.id(), group.id(), group.name(), why, contact.id(), current.get().getKey().id(), current.get().getKey().name(),
                    current.get().getKey().priority(), group.priority());
            return;
        }
        following.forEach((lower, followUpId) -> followUps.stop(followUpId, StopReason.LEAD_GROUP,
                "lead group '" + group.name() + "' (priority " + group.priority() + ")"));
        enter(group, deal, contact, why);
    }

    private void enter(LeadGroupView group, DealView deal, ContactView contact, String why) {
        long sequenceId = variants.pick(group);
        FollowUps.Started started = followUps.start(sequenceId, deal.id(), contact.id(), "lead group '" + group.name() + "'",
                new FollowUps.ForLeadGroup(group.id(), group.bcc(), !group.overrideDiscounts()));
        if (!started.started()) {
            log.info("Deal {}: contact {} does not enter lead group {} '{}' ({}): {}", deal.id(), contact.id(), group.id(), group.name(),
                    why, started.what());
            return;
        }
        Instant now = clock.instant();
        members.insert(new MemberRows.NewMember(group.id(), contact.id(), deal.id(), sequenceId, started.followUpId(), now, contact.name(),
                contact.primaryEmail(), deal.products().isEmpty() ? null : String.join(", ", deal.products()), contact.country()));
        log.info("Deal {}: contact {} entered lead group {} '{}' ({}), sequence {}, follow-up {}", deal.id(), contact.id(), group.id(),
                group.name(), why, sequenceId, started.followUpId());
        events.publishEvent(new LeadEnteredGroup(group.id(), contact.id(), deal.id(), sequenceId, started.followUpId()));
        if (group.webhookId() != null) {
            webhooks.call(group.webhookId(), WEBHOOK_EVENT, notification(group, deal, contact, sequenceId, now), deal.id(), null,
                    "lead-group-" + group.id() + ":contact-" + contact.id());
        }
    }

    /** The groups whose follow-up the contact still follows, with that follow-up. */
    private Map<LeadGroupView, Long> following(Map<Long, Long> entered) {
        Map<LeadGroupView, Long> following = new LinkedHashMap<>();
        entered.forEach((groupId, followUpId) -> {
            LeadGroupView group = groups.byId(groupId);
            if (group != null && followUpId > 0 && followUps.isActive(followUpId)) {
                following.put(group, followUpId);
            }
        });
        return following;
    }

    private static boolean hasProduct(LeadGroupView group, DealView deal) {
        if (group.products().isEmpty()) {
            return true;
        }
        Set<String> wanted = group.products().stream().map(product -> product.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return deal.products().stream().anyMatch(product -> wanted.contains(product.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean speaks(LeadGroupView group, ContactView contact) {
        if (group.language() == null) {
            return true;
        }
        if (contact.language() == null) {
            return false;
        }
        String wanted = group.language().toLowerCase(Locale.ROOT);
        String spoken = contact.language().replace('_', '-').toLowerCase(Locale.ROOT);
        return spoken.equals(wanted) || spoken.startsWith(wanted + "-");
    }

    private static boolean livesIn(LeadGroupView group, ContactView contact) {
        return group.country() == null || group.country().equalsIgnoreCase(contact.country());
    }

    private static Map<String, Object> notification(LeadGroupView group, DealView deal, ContactView contact, long sequenceId,
                                                    Instant at) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("contactId", contact.id());
        lead.put("name", contact.name());
        lead.put("email", contact.primaryEmail());
        lead.put("country", contact.country());
        lead.put("language", contact.language());
        lead.put("dealId", deal.id());
        lead.put("dealTitle", deal.title());
        lead.put("products", deal.products());
        lead.put("amount", deal.amount());
        lead.put("currency", deal.currency());
        lead.put("paymentStatus", deal.paymentStatus());
        lead.put("sequenceId", sequenceId);
        lead.put("enteredAt", at);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("group", Map.of("id", group.id(), "name", group.name(), "source", group.source().name()));
        payload.put("lead", lead);
        return payload;
    }
}
