package com.leadwire.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.JsonFields;
import com.leadwire.team.CurrentActor;

/**
 * The one place a deal's stage changes, whoever moves it: intake placing a new deal, a payment
 * callback, a person, an admin deleting a stage. Its guards decide each {@link StageMove}; the
 * caller writes the deal row the way its path writes (the entity, the intake's JDBC batch), with
 * the stage and {@code stage_entered_at} of the move; then {@link #record} writes the history rows
 * in one batch and publishes one {@link DealEnteredStage} per move, in the caller's transaction.
 * The guards of placement, payments and bulk moves read no database, so the intake batch pays no
 * query per event for them. The moves of people and rules must also meet the entry requirements of
 * the stage they enter ({@link #requireEntry}, see {@link EntryRequirementsCheck} for why only those).
 */
@Component
class StageMoves {

    private final PlacementCatalog catalog;
    private final DealHistoryRows history;
    private final EntryRequirementsCheck requirements;
    private final JsonFields json;
    private final ApplicationEventPublisher events;
    private final CurrentActor actors;
    private final Clock clock;

    StageMoves(PlacementCatalog catalog, DealHistoryRows history, EntryRequirementsCheck requirements, JsonFields json,
               ApplicationEventPublisher events, CurrentActor actors, Clock clock) {
        this.clock = clock;
        this.actors = actors;
        this.catalog = catalog;
        this.history = history;
        this.requirements = requirements;
        this.json = json;
        this.events = events;
    }

    /** A new deal entering the stage placement chose for it. */
    StageMove placed(long dealId, long pipelineId, StageView stage, Cause cause, String actor, long eventId, Instant at) {
        return new StageMove(dealId, pipelineId, null, stage, at, actor, cause, null, eventId);
    }

    /**
     * A person's move. Refused when the stage is not in the deal's pipeline, when the deal is no
     * longer in {@code expectedStageId} (the stage the person saw, if they said), or already there,
     * or when it does not meet the stage's entry requirements.
     */
    StageMove byPerson(Deal deal, long stageId, Long expectedStageId, String actor, Cause cause, String detail) {
        PipelineView pipeline = catalog.knowing(stageId).pipelineById().get(deal.getPipelineId());
        StageView stage = pipeline.stage(stageId).orElseThrow(() -> new InvalidInputException("stageId",
                "stage " + stageId + " is not in the deal's pipeline '" + pipeline.name() + "'"));
        if (expectedStageId != null && expectedStageId != deal.getStageId()) {
            throw new ConflictException("deal " + deal.getId() + " has moved to another stage meanwhile");
        }
        if (stageId == deal.getStageId()) {
            throw new ConflictException("deal " + deal.getId() + " is already in that stage");
        }
        requireEntry(deal, stage);
        return new StageMove(deal.getId(), pipeline.id(), deal.getStageId(), stage, clock.instant(), actor, cause, detail, null);
    }

    /**
     * Throws {@link EntryRequirementUnmet} when the deal, where it is now, may not enter {@code stage}
     * (a stage of its pipeline). For the moves of people and rules.
     */
    void requireEntry(Deal deal, StageView stage) {
        PipelineView pipeline = catalog.knowing(stage.id()).pipelineById().get(deal.getPipelineId());
        requirements.requireMet(deal.getId(), deal.getStageId(), json.read(deal.getCustomFields()), pipeline, stage);
    }

    /**
     * The move a payment's new status asks for, if the deal's pipeline maps it to another stage.
     * A payment still in progress never takes a deal out of a won or lost stage: someone decided
     * that deal, and news of an attempt (often older than the decision) must not undo it.
     */
    Optional<StageMove> byPayment(PlacementCatalog.Snapshot snapshot, long dealId, long pipelineId, long stageId,
                                  PaymentStatus status, String actor, long eventId, Instant at) {
        Long mapped = snapshot.paymentStages().getOrDefault(pipelineId, Map.of()).get(status);
        if (mapped == null || mapped == stageId || status.inProgress() && snapshot.stage(stageId).kind().isFinal()) {
            return Optional.empty();
        }
        return Optional.of(new StageMove(dealId, pipelineId, stageId, snapshot.stage(mapped), at, actor, Cause.PAYMENT,
                status.name(), eventId));
    }

    /**
     * The moves of an admin's bulk change: the deals ({@code stageByDeal}: deal id → its stage) of
     * a stage or pipeline being deleted go to {@code stage}, which may be in another pipeline.
     */
    List<StageMove> outOfDeleted(Map<Long, Long> stageByDeal, PipelineView pipeline, StageView stage, String actor,
                                 String detail) {
        Instant now = clock.instant();
        return stageByDeal.entrySet().stream().map(deal -> new StageMove(deal.getKey(), pipeline.id(), deal.getValue(),
                stage, now, actor, Cause.STAGE_DELETED, detail, null)).toList();
    }

    /**
     * Records moves whose deal rows the caller has written: their history rows, and their events.
     * What reacts to the events (rules, webhooks, timers) acts as the system, not as the rep who
     * moved the deal: a rule may hand the deal to another rep and read it again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(List<StageMove> moves) {
        history.insert(moves);
        actors.asSystem(() -> moves.forEach(move -> events.publishEvent(move.event())));
    }
}
