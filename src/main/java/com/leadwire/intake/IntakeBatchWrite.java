package com.leadwire.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.contacts.ContactIntake;
import com.leadwire.contacts.ContactResolver;
import com.leadwire.contacts.ResolvedContact;
import com.leadwire.pipeline.DealIntake;
import com.leadwire.pipeline.DealPlacer;
import com.leadwire.pipeline.PlacedDeal;
import com.leadwire.shared.SequenceIds;

/**
 * Writes a batch of events in one transaction: skips repeats of known idempotency keys, merges
 * the contacts, places the deals and logs the events; listeners of the domain events this
 * publishes queue their outbox rows in the same transaction.
 */
@Component
class IntakeBatchWrite {

    private final InboundEvents inbound;
    private final ContactResolver contacts;
    private final DealPlacer deals;
    private final SequenceIds ids;

    IntakeBatchWrite(InboundEvents inbound, ContactResolver contacts, DealPlacer deals, SequenceIds ids) {
        this.inbound = inbound;
        this.contacts = contacts;
        this.deals = deals;
        this.ids = ids;
    }

    /** Results in the order of {@code batch}; completing the callers' futures is left to the caller after commit. */
    @Transactional
    public List<IntakeResult> write(List<PendingIntake> batch) {
        Instant now = Instant.now();
        // an event without a key of its own has a random scoped key: no stored event can have it
        Map<String, InboundEvents.Stored> known = inbound.findByKeys(batch.stream().filter(p -> p.event().hasIdempotencyKey())
                .map(PendingIntake::scopedKey).distinct().toList());
        Map<String, PendingIntake> fresh = new LinkedHashMap<>();
        batch.stream().filter(p -> !known.containsKey(p.scopedKey())).forEach(p -> fresh.putIfAbsent(p.scopedKey(), p));

        List<PendingIntake> toWrite = new ArrayList<>(fresh.values());
        List<Long> eventIds = toWrite.stream().map(p -> ids.next("inbound_event_seq")).toList();
        List<ResolvedContact> resolved = contacts.resolve(indexed(toWrite, (p, i) ->
                new ContactIntake(eventIds.get(i), p.event().contact(), p.event().actor(),
                        p.event().channel() == Channel.IMPORT, p.event().sourceKey())));
        List<PlacedDeal> placed = placeDeals(toWrite, eventIds, resolved);

        List<InboundEvents.Row> rows = new ArrayList<>();
        Map<String, IntakeResult> results = new HashMap<>();
        for (int i = 0; i < toWrite.size(); i++) {
            PendingIntake pending = toWrite.get(i);
            PlacedDeal deal = placed.get(i);
            Long dealId = deal == null ? null : deal.dealId();
            rows.add(new InboundEvents.Row(eventIds.get(i), pending, resolved.get(i).contactId(), dealId,
                    EventOutcome.of(resolved.get(i).created(), deal != null, deal != null && deal.created())));
            results.put(pending.scopedKey(), new IntakeResult(eventIds.get(i), resolved.get(i).contactId(),
                    dealId, resolved.get(i).created(), deal != null && deal.created(), false));
        }
        inbound.insert(rows, now);

        List<IntakeResult> answers = new ArrayList<>(batch.size());
        Map<String, Boolean> answered = new HashMap<>();
        for (PendingIntake pending : batch) {
            InboundEvents.Stored stored = known.get(pending.scopedKey());
            if (stored != null) {
                answers.add(new IntakeResult(stored.eventId(), stored.contactId(), stored.dealId(), false, false, true, stored.erased()));
            } else if (answered.putIfAbsent(pending.scopedKey(), Boolean.TRUE) == null) {
                answers.add(results.get(pending.scopedKey()));
            } else {
                answers.add(results.get(pending.scopedKey()).asRepeat());
            }
        }
        return answers;
    }

    /** The placed deal of each event in {@code toWrite}'s order; null for an event that creates no deal. */
    private List<PlacedDeal> placeDeals(List<PendingIntake> toWrite, List<Long> eventIds, List<ResolvedContact> resolved) {
        List<Integer> withDeal = new ArrayList<>();
        List<DealIntake> intakes = new ArrayList<>();
        for (int i = 0; i < toWrite.size(); i++) {
            PendingIntake p = toWrite.get(i);
            if (p.event().createsDeal()) {
                withDeal.add(i);
                intakes.add(new DealIntake(eventIds.get(i), p.event().sourceKey(), resolved.get(i),
                        p.event().deal(), p.responsibleUserId(), p.event().actor(), p.event().channel() == Channel.IMPORT));
            }
        }
        List<PlacedDeal> placedOfIntakes = intakes.isEmpty() ? List.of() : deals.place(intakes);
        List<PlacedDeal> placed = new ArrayList<>(Collections.nCopies(toWrite.size(), (PlacedDeal) null));
        for (int j = 0; j < withDeal.size(); j++) {
            placed.set(withDeal.get(j), placedOfIntakes.get(j));
        }
        return placed;
    }

    private interface IndexedMapper<T> {
        T map(PendingIntake pending, int index);
    }

    private static <T> List<T> indexed(List<PendingIntake> pending, IndexedMapper<T> mapper) {
        List<T> mapped = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            mapped.add(mapper.map(pending.get(i), i));
        }
        return mapped;
    }
}
