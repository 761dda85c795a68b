package com.leadwire.automation.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.leadwire.contacts.Contacts;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.Sources;
import com.leadwire.team.Team;

/**
 * The facts of an event's deal and contact. A deal created in this transaction is known from its
 * event (the intake batch then reads nothing back for the stage event that follows); others are
 * read when a rule needs them.
 */
@Component
class FactsSource {

    private record Known(DealView deal, Person person) {
    }

    private final Deals deals;
    private final Contacts contacts;
    private final Sources sources;
    private final Team team;

    FactsSource(Deals deals, Contacts contacts, Sources sources, Team team) {
        this.deals = deals;
        this.contacts = contacts;
        this.sources = sources;
        this.team = team;
    }

    /** A deal as its creation event carries it, for the rest of this transaction. */
    void remember(DealView deal, Person person) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            created().put(deal.id(), new Known(deal, person));
        }
    }

    /** {@code known} and {@code person}: the deal and its person as the event told them, or null. */
    Facts of(RuleEvent event, DealView known, Person person) {
        DealView deal = known;
        Person knownPerson = person;
        if (deal == null && event.dealId() != null) {
            Known created = TransactionSynchronizationManager.isSynchronizationActive() ? created().get(event.dealId()) : null;
            if (created != null && (event.stageId() == null || created.deal().stageId() == event.stageId())) {
                deal = created.deal();
                knownPerson = created.person();
            } else {
                deal = deals.find(event.dealId()).orElse(null);
            }
        }
        Long contactId = deal != null ? Long.valueOf(deal.contactId()) : event.contactId();
        DealView about = deal;
        return new Facts(about, knownPerson,
                () -> contactId == null ? Optional.empty() : contacts.findById(contactId),
                () -> Optional.ofNullable(about).map(DealView::sourceKey).flatMap(sources::findByKey),
                () -> Optional.ofNullable(about).map(DealView::responsibleUserId).flatMap(team::findById));
    }

    private Map<Long, Known> created() {
        @SuppressWarnings("unchecked")
        Map<Long, Known> known = (Map<Long, Known>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<Long, Known> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FactsSource.this);
                }
            });
            known = fresh;
        }
        return known;
    }
}
