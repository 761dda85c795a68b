package com.leadwire.pipeline;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.leadwire.pipeline.BulkOutcome.Refusal;
import com.leadwire.pipeline.BulkOutcome.Result;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * Assign, move, win or lose several deals at once (the board's bulk actions, the API). Each deal
 * goes through the same service as one at a time, in a transaction of its own, so each is checked,
 * recorded with who and when, and may be refused alone: a refusal leaves the others changed.
 */
@Service
public class BulkDealChanges {

    static final int MAX_DEALS = 500;
    private static final Logger log = LoggerFactory.getLogger(BulkDealChanges.class);

    private final Deals deals;
    private final DealEdits edits;

    BulkDealChanges(Deals deals, DealEdits edits) {
        this.deals = deals;
        this.edits = edits;
    }

    /** {@code cause}: where the person acted (the panel, the API). */
    public BulkOutcome apply(BulkChange change, String actor, Cause cause) {
        check(change);
        List<Result> results = change.ids().stream().map(id -> apply(id, change, actor, cause)).toList();
        BulkOutcome outcome = BulkOutcome.of(change.action(), results);
        log.info("Bulk {} of {} deals by {}: {} done, {} refused", change.action(), results.size(), actor, outcome.done(),
                outcome.refused());
        return outcome;
    }

    private Result apply(long dealId, BulkChange change, String actor, Cause cause) {
        try {
            switch (change.action()) {
                case ASSIGN -> edits.assign(dealId, change.responsibleId(), actor);
                case MOVE -> deals.moveTo(dealId, change.stageId(), actor, cause, null);
                case WON -> deals.markWon(dealId, actor, cause, null);
                case LOST -> deals.markLost(dealId, change.reason(), actor, cause, null);
            }
            return Result.changed(dealId);
        } catch (NotFoundException refused) {
            return Result.refused(dealId, Refusal.NOT_FOUND, refused);
        } catch (ForbiddenException refused) {
            return Result.refused(dealId, Refusal.NOT_YOURS, refused);
        } catch (ConflictException | OptimisticLockingFailureException refused) {
            return Result.refused(dealId, Refusal.CONFLICT, refused);
        } catch (InvalidInputException refused) {
            return Result.refused(dealId, Refusal.INVALID, refused);
        }
    }

    private static void check(BulkChange change) {
        if (change.ids() == null || change.ids().isEmpty()) {
            throw new InvalidInputException("ids", "Choose at least one deal.");
        }
        if (change.ids().size() > MAX_DEALS) {
            throw new InvalidInputException("ids", "At most " + MAX_DEALS + " deals at a time.");
        }
        if (change.action() == null) {
            throw new InvalidInputException("action", "Say what to do: ASSIGN, MOVE, WON or LOST.");
        }
        if (change.action() == BulkChange.Action.MOVE && change.stageId() == null) {
            throw new InvalidInputException("stageId", "Say which stage to move the deals to.");
        }
    }
}
