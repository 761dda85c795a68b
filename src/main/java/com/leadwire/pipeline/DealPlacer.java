package com.leadwire.pipeline;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.shared.BulkRows;
import com.leadwire.shared.JsonFields;
import com.leadwire.shared.SequenceIds;

/**
 * Creates or moves the deal of each event in a batch, inside the caller's transaction, with one
 * JDBC batch per table. A payment's first event creates its deal; later ones move the same deal,
 * never to a lower-ranked status (see {@link PaymentStatus#supersedes}). {@link StageMoves}
 * decides every placement and move; this class writes their deal rows.
 */
@Component
public class DealPlacer {

    private final NamedParameterJdbcTemplate jdbc;
    private final PlacementCatalog catalog;
    private final StageMoves moves;
    private final SequenceIds ids;
    private final JsonFields json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DealPlacer(NamedParameterJdbcTemplate jdbc, PlacementCatalog catalog, StageMoves moves, SequenceIds ids,
               JsonFields json, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.moves = moves;
        this.ids = ids;
        this.json = json;
        this.events = events;
    }

    /** Checks what can be checked before anything is stored (explicit pipeline and stage). */
    public void validate(DealRequest request) {
        Placement.validate(catalog.current(), request);
    }

    private static final class PaymentDeal {
        final long id;
        final long pipelineId;
        long stageId;
        PaymentStatus status;
        boolean changed;
        /** Set when a move in this batch took the deal into {@link #stageId}. */
        Instant stageEnteredAt;

        PaymentDeal(long id, long pipelineId, long stageId, PaymentStatus status) {
            this.id = id;
            this.pipelineId = pipelineId;
            this.stageId = stageId;
            this.status = status;
        }

        void enter(StageMove move) {
            stageId = move.to().id();
            stageEnteredAt = move.at();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlacedDeal> place(List<DealIntake> intakes) {
        Instant now = clock.instant();
        PlacementCatalog.Snapshot snapshot = catalog.current();
        Map<String, PaymentDeal> paymentDeals = existingPaymentDeals(intakes);
        Map<Long, PaymentDeal> createdPaymentDeals = new HashMap<>();
        List<MapSqlParameterSource> newDeals = new ArrayList<>();
        List<StageMove> entered = new ArrayList<>();
        List<Object> domainEvents = new ArrayList<>();
        List<PlacedDeal> placed = new ArrayList<>(intakes.size());

        for (DealIntake intake : intakes) {
            DealRequest request = intake.request();
            PaymentDeal paymentDeal = request.payment() == null ? null : paymentDeals.get(request.payment().dealRef());
            if (paymentDeal != null) {
                applyPayment(snapshot, intake, paymentDeal, now, entered, domainEvents);
                placed.add(new PlacedDeal(paymentDeal.id, false));
                continue;
            }
            SourceView source = intake.sourceKey() == null ? null : snapshot.sourceByKey().get(intake.sourceKey());
            Placement.Target target = Placement.of(snapshot, source, request);
            long dealId = ids.next("deal_seq");
            DealView deal = newDeal(snapshot, intake, source, target, dealId, now);
            newDeals.add(insertParams(deal, now));
            entered.add(moves.placed(dealId, target.pipelineId(), snapshot.stage(target.stageId()),
                    intake.imported() ? Cause.IMPORTED : Cause.CREATED, intake.actor(), intake.eventId(), now));
            domainEvents.add(new DealCreated(deal, intake.eventId(), intake.imported(), intake.contact().email(), intake.contact().name(),
                    intake.contact().language()));
            if (request.payment() != null) {
                PaymentDeal created = new PaymentDeal(dealId, target.pipelineId(), target.stageId(), request.payment().status());
                paymentDeals.put(request.payment().dealRef(), created);
                createdPaymentDeals.put(dealId, created);
                domainEvents.add(new PaymentStatusReceived(dealId, request.payment().provider(), request.payment().paymentId(),
                        request.payment().status(), true, intake.eventId()));
            }
            placed.add(new PlacedDeal(dealId, true));
        }

        createdPaymentDeals.values().forEach(created -> newDeals.stream()
                .filter(params -> ((Long) params.getValue("id")) == created.id)
                .forEach(params -> params.addValue("stage", created.stageId).addValue("paymentStatus", created.status.name())));
        if (!newDeals.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO deal (id, title, amount, currency, contact_id, pipeline_id, stage_id, responsible_user_id, source_id,
                                      products, custom_fields, external_ref, payment_status, created_at, stage_entered_at, updated_at, version)
                    VALUES (:id, :title, :amount, :currency, :contact, :pipeline, :stage, :responsible, :source,
                            :products, :fields, :externalRef, :paymentStatus, :now, :now, :now, 0)""",
                    BulkRows.nullsTogether(newDeals));
        }
        updatePaymentDeals(paymentDeals, createdPaymentDeals, now);
        // the stages first: a rule that moves a new deal on "created" then moves it out of a stage it has entered
        moves.record(entered);
        domainEvents.forEach(events::publishEvent);
        return placed;
    }

    private void applyPayment(PlacementCatalog.Snapshot snapshot, DealIntake intake, PaymentDeal deal, Instant now,
                              List<StageMove> entered, List<Object> domainEvents) {
        PaymentUpdate payment = intake.request().payment();
        boolean applies = payment.status().supersedes(deal.status);
        if (applies) {
            deal.status = payment.status();
            deal.changed = true;
            Optional<StageMove> move = moves.byPayment(snapshot, deal.id, deal.pipelineId, deal.stageId, payment.status(),
                    intake.actor(), intake.eventId(), now);
            move.ifPresent(entered::add);
            move.ifPresent(deal::enter);
        }
        domainEvents.add(new PaymentStatusReceived(deal.id, payment.provider(), payment.paymentId(), payment.status(), applies,
                intake.eventId()));
    }

    private DealView newDeal(PlacementCatalog.Snapshot snapshot, DealIntake intake, SourceView source,
                             Placement.Target target, long dealId, Instant now) {
        DealRequest request = intake.request();
        PipelineView pipeline = snapshot.pipelineById().get(target.pipelineId());
        StageView stage = pipeline.stage(target.stageId()).orElseThrow();
        String title = DealTitles.title(request.title(), source == null ? null : source.dealTitleTemplate(),
                intake.contact().name(), intake.contact().email(), request.fields(), source == null ? null : source.name(),
                request.products());
        return new DealView(dealId, title, request.amount(), request.currency(), intake.contact().contactId(), pipeline.id(),
                pipeline.name(), stage.id(), stage.name(), stage.kind(), intake.responsibleUserId(),
                source == null ? null : source.id(), source == null ? null : source.key(), request.products(), request.fields(),
                request.payment() == null ? null : request.payment().dealRef(),
                request.payment() == null ? null : request.payment().status(), null, now, now);
    }

    private MapSqlParameterSource insertParams(DealView deal, Instant now) {
        return new MapSqlParameterSource()
                .addValue("id", deal.id())
                .addValue("title", deal.title())
                .addValue("amount", deal.amount())
                .addValue("currency", deal.currency())
                .addValue("contact", deal.contactId())
                .addValue("pipeline", deal.pipelineId())
                .addValue("stage", deal.stageId())
                .addValue("responsible", deal.responsibleUserId())
                .addValue("source", deal.sourceId())
                .addValue("products", deal.products().isEmpty() ? null : String.join(", ", deal.products()))
                .addValue("fields", json.write(deal.fields()))
                .addValue("externalRef", deal.externalRef())
                .addValue("paymentStatus", deal.paymentStatus() == null ? null : deal.paymentStatus().name())
                .addValue("now", Timestamp.from(now));
    }

    private Map<String, PaymentDeal> existingPaymentDeals(List<DealIntake> intakes) {
        List<String> refs = intakes.stream().filter(intake -> intake.request().payment() != null)
                .map(intake -> intake.request().payment().dealRef()).distinct().toList();
        Map<String, PaymentDeal> deals = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return deals;
        }
        jdbc.query("SELECT id, pipeline_id, stage_id, payment_status, external_ref FROM deal WHERE external_ref IN (:refs)",
                Map.of("refs", refs), rs -> {
                    String status = rs.getString("payment_status");
                    deals.put(rs.getString("external_ref"), new PaymentDeal(rs.getLong("id"), rs.getLong("pipeline_id"),
                            rs.getLong("stage_id"), status == null ? null : PaymentStatus.valueOf(status)));
                });
        return deals;
    }

    private void updatePaymentDeals(Map<String, PaymentDeal> paymentDeals, Map<Long, PaymentDeal> created, Instant now) {
        MapSqlParameterSource[] updates = paymentDeals.values().stream()
                .filter(deal -> deal.changed && !created.containsKey(deal.id))
                .map(deal -> new MapSqlParameterSource()
                        .addValue("id", deal.id)
                        .addValue("stage", deal.stageId)
                        .addValue("status", deal.status.name())
                        .addValue("enteredAt", deal.stageEnteredAt == null ? null : Timestamp.from(deal.stageEnteredAt),
                                Types.TIMESTAMP)
                        .addValue("now", Timestamp.from(now)))
                .collect(BulkRows.nullsTogether());
        if (updates.length > 0) {
            jdbc.batchUpdate("""
                    UPDATE deal SET stage_id = :stage, stage_entered_at = COALESCE(:enteredAt, stage_entered_at),
                           payment_status = :status, updated_at = :now, version = version + 1
                    WHERE id = :id""", updates);
        }
    }
}
