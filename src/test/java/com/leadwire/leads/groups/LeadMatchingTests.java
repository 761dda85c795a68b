package com.leadwire.leads.groups;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import com.leadwire.automation.WebhookTargets;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.timers.Timers;
import com.leadwire.contacts.Contacts;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroupTest;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.LeadSource;
import com.leadwire.pipeline.DealCreated;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PaymentStatusReceived;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageKind;

/**
 * The intake path stays lean: while no group takes leads (none active, or one that starts later),
 * new deals, failed payments and checkouts read nothing: the groups are loaded once and kept.
 */
class LeadMatchingTests {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

    private final LeadGroups groups = mock(LeadGroups.class);
    private final Deals deals = mock(Deals.class);
    private final Contacts contacts = mock(Contacts.class);
    private final MemberRows members = mock(MemberRows.class);
    private final FollowUps followUps = mock(FollowUps.class);
    private final Sources sources = mock(Sources.class);
    private final Timers timers = mock(Timers.class);
    private final WebhookTargets webhooks = mock(WebhookTargets.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    private static LeadGroupView group(long id, LeadSource source, LeadGroupStatus status, Instant startsAt) {
        return new LeadGroupView(id, LeadGroupKind.CUSTOM, "Grupo " + id, null, status, startsAt, source,
                source == LeadSource.ABANDONED ? "PT1H" : null, List.of(7L), null, null, 1, List.of(), null, null, true, LeadGroupTest.NONE,
                null, List.of(), 0, NOW, NOW);
    }

    private static DealView deal(long id, PaymentStatus payment) {
        return new DealView(id, "Negócio " + id, BigDecimal.TEN, "BRL", 100 + id, 1, "Funil", 2, "Entrada", StageKind.OPEN, null, 3L,
                "checkout", List.of("Curso"), Map.of(), null, payment, null, NOW, NOW);
    }

    @Test
    void whileNoGroupTakesLeadsNewDealsFailedPaymentsAndCheckoutsReadNothing() {
        when(groups.all()).thenReturn(List.of(group(1, LeadSource.ALL, LeadGroupStatus.INACTIVE, null),
                group(2, LeadSource.UNFINISHED, LeadGroupStatus.ACTIVE, NOW.plus(Duration.ofDays(1))),
                group(3, LeadSource.ABANDONED, LeadGroupStatus.INACTIVE, null)));
        ActiveGroups active = new ActiveGroups(groups);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        LeadEntries entries = new LeadEntries(members, active, new Variants(members), followUps, contacts, webhooks, events, clock);
        LeadMatching matching = new LeadMatching(active, entries, new AbandonedCheckouts(active, entries, sources, deals, timers, clock),
                deals, clock);

        for (long id = 1; id <= 1000; id++) {
            matching.on(new DealCreated(deal(id, null), id, false, "lead" + id + "@example.com", "Lead", "pt-BR"));
            matching.on(new PaymentStatusReceived(id, "stripe", "pi_" + id, PaymentStatus.FAILED, true, id));
            matching.on(new PaymentStatusReceived(id, "stripe", "pi_" + id, PaymentStatus.EXPIRED, true, id));
        }

        verify(groups, times(1)).all();
        verifyNoInteractions(deals, contacts, members, followUps, sources, timers, webhooks, events);
    }
}
