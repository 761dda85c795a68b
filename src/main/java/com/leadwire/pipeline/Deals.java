package com.leadwire.pipeline;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.JsonFields;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Actor;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * What people (panel, API, Telegram buttons) do with a deal. A stage change goes through
 * {@link StageMoves}: checked against the deal's current stage when the caller says which stage it
 * saw, recorded in the stage history, and published as {@link DealEnteredStage}. A rep reads and
 * changes only their own deals and unassigned ones ({@link DealAccess}): another rep's deal is a
 * {@link ForbiddenException}.
 */
@Service
@Transactional(readOnly = true)
public class Deals {

    private static final Logger log = LoggerFactory.getLogger(Deals.class);

    private final DealRepository deals;
    private final StageMoves moves;
    private final DealHistoryRows history;
    private final PlacementCatalog catalog;
    private final DealChangeRows changes;
    private final DealAccess access;
    private final Team team;
    private final JsonFields json;
    private final Clock clock;

    Deals(DealRepository deals, StageMoves moves, DealHistoryRows history, PlacementCatalog catalog, DealChangeRows changes,
          DealAccess access, Team team, JsonFields json, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.access = access;
        this.team = team;
        this.deals = deals;
        this.moves = moves;
        this.history = history;
        this.catalog = catalog;
        this.json = json;
    }

    /** Empty when there is no such deal; {@link ForbiddenException} when it belongs to another rep. */
    public Optional<DealView> find(long id) {
        return deals.findById(id).map(deal -> {
            access.requireWorkable(deal);
            return view(deal);
        });
    }

    /** The deal's title, also of a deal the reader may not open (the deal of a task of theirs). */
    public Optional<String> title(long id) {
        return deals.findById(id).map(Deal::getTitle);
    }

    /** The deal of a payment, once its first callback created it. */
    public Optional<DealView> ofPayment(PaymentUpdate payment) {
        return deals.findByExternalRef(payment.dealRef()).map(this::view);
    }

    /** The contact's deals the current actor may see. */
    public List<DealView> forContact(long contactId) {
        Actor actor = access.actor();
        return deals.findByContactIdOrderByIdDesc(contactId).stream().filter(deal -> actor.mayWork(deal.getResponsibleUserId()))
                .map(this::view).toList();
    }

    public List<DealView> inStage(long stageId) {
        return deals.findByStageIdOrderByStageEnteredAtDesc(stageId).stream().map(this::view).toList();
    }

    public List<StageMoveView> history(long dealId) {
        workableDeal(dealId);
        return history.of(dealId, catalog.current());
    }

    /**
     * {@code cause}: where the person moved it (API, panel, Telegram). Refused with
     * {@link EntryRequirementUnmet} when the deal may not enter that stage (its entry requirements).
     */
    @Transactional
    public DealView moveTo(long dealId, long stageId, String actor, Cause cause, Long expectedStageId) {
        Deal deal = workableDeal(dealId);
        return enter(deal, moves.byPerson(deal, stageId, expectedStageId, actor, cause, null));
    }

    @Transactional
    public DealView markWon(long dealId, String actor, Cause cause, Long expectedStageId) {
        Deal deal = workableDeal(dealId);
        return enter(deal, moves.byPerson(deal, finalStage(deal, StageKind.WON).id(), expectedStageId, actor, cause, "won"));
    }

    @Transactional
    public DealView markLost(long dealId, String reason, String actor, Cause cause, Long expectedStageId) {
        Deal deal = workableDeal(dealId);
        StageView lost = finalStage(deal, StageKind.LOST);
        deal.markLost(reason == null || reason.isBlank() ? null : reason.strip());
        return enter(deal, moves.byPerson(deal, lost.id(), expectedStageId, actor, cause,
                reason == null ? "lost" : "lost: " + reason));
    }

    /**
     * A rule's move, in the transaction of the event that fired the rule, through the same guard as
     * a person's. A refusal is the rule's outcome, not the event's failure: it must not roll back
     * the intake batch that carries the event. Empty when the deal is already in that stage; else
     * the stage the rule moved it into (rules that fire on that move may have moved it on since).
     */
    @Transactional(noRollbackFor = {ConflictException.class, InvalidInputException.class})
    public Optional<StageView> moveByRule(long dealId, long stageId, String ruleName, Long eventId) {
        Deal deal = requireDeal(dealId);
        if (deal.getStageId() == stageId) {
            return Optional.empty();
        }
        StageMove move = moves.byPerson(deal, stageId, null, "rule:" + ruleName, Cause.RULE, ruleName);
        enter(deal, new StageMove(move.dealId(), move.pipelineId(), move.fromStageId(), move.to(), move.at(), move.actor(), move.cause(),
                move.detail(), eventId));
        return Optional.of(move.to());
    }

    /** A rule's assignment of the responsible rep (the caller chose an active rep). */
    @Transactional
    public DealView assignByRule(long dealId, long userId, String ruleName) {
        Deal deal = requireDeal(dealId);
        deal.assign(userId, clock.instant());
        log.info("Deal {} assigned to user {} by rule '{}'", dealId, userId, ruleName);
        return view(deal);
    }

    /** A rule's change of one deal field; a blank value removes the field. */
    @Transactional
    public DealView setFieldByRule(long dealId, String field, String value, String ruleName) {
        Deal deal = requireDeal(dealId);
        Map<String, String> fields = new LinkedHashMap<>(json.read(deal.getCustomFields()));
        if (value == null || value.isBlank()) {
            fields.remove(field);
        } else {
            fields.put(field, value.strip());
        }
        deal.setCustomFields(json.write(fields), clock.instant());
        log.info("Deal {} field '{}' set by rule '{}'", dealId, field, ruleName);
        return view(deal);
    }

    /**
     * The acting team member takes an unassigned deal: refused with {@link ConflictException} when
     * it already has a responsible rep, with {@link ForbiddenException} when no team member is
     * acting (an API key that acts for no one). Recorded in the deal's changes as a claim.
     */
    @Transactional
    public DealView claim(long dealId, String actor) {
        Deal deal = workableDeal(dealId);
        Long userId = access.actor().userId();
        if (userId == null) {
            throw new ForbiddenException("only a team member can claim a deal; to give it to someone, choose its responsible rep");
        }
        deal.claimFor(userId, clock.instant());
        deals.flush();
        String name = team.findById(userId).map(TeamMember::displayName).orElse("#" + userId);
        changes.insert(dealId, "claim", null, name, actor, clock.instant());
        log.info("Deal {} claimed by user {} ({})", dealId, userId, actor);
        return view(deal);
    }

    private DealView enter(Deal deal, StageMove move) {
        deal.enter(move);
        // the version check: a concurrent change refuses this one before it is recorded
        deals.flush();
        moves.record(List.of(move));
        log.info("Deal {} moved from stage {} to {} ({}) by {}", deal.getId(), move.fromStageId(), move.to().id(), move.to().name(),
                move.actor());
        return view(deal);
    }

    private StageView finalStage(Deal deal, StageKind kind) {
        PipelineView pipeline = catalog.current().pipelineById().get(deal.getPipelineId());
        return pipeline.firstOfKind(kind).orElseThrow(() -> new InvalidInputException("stage",
                "pipeline '" + pipeline.name() + "' has no " + kind.name().toLowerCase() + " stage"));
    }

    private Deal workableDeal(long dealId) {
        Deal deal = requireDeal(dealId);
        access.requireWorkable(deal);
        return deal;
    }

    private Deal requireDeal(long dealId) {
        return deals.findById(dealId).orElseThrow(() -> new NotFoundException("no deal " + dealId));
    }

    DealView view(Deal deal) {
        PlacementCatalog.Snapshot snapshot = catalog.knowing(deal.getStageId());
        PipelineView pipeline = snapshot.pipelineById().get(deal.getPipelineId());
        StageView stage = pipeline.stage(deal.getStageId()).orElseThrow();
        SourceView source = deal.getSourceId() == null ? null : snapshot.sourceById().get(deal.getSourceId());
        List<String> products = deal.getProducts() == null ? List.of()
                : Arrays.stream(deal.getProducts().split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new DealView(deal.getId(), deal.getTitle(), deal.getAmount(), deal.getCurrency(), deal.getContactId(),
                pipeline.id(), pipeline.name(), stage.id(), stage.name(), stage.kind(), deal.getResponsibleUserId(),
                deal.getSourceId(), source == null ? null : source.key(), products, json.read(deal.getCustomFields()),
                deal.getExternalRef(), deal.getPaymentStatus(), deal.getLostReason(), deal.getCreatedAt(),
                deal.getStageEnteredAt());
    }
}
