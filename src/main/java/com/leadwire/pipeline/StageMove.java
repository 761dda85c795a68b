package com.leadwire.pipeline;

import java.time.Instant;
import java.util.Locale;

import com.leadwire.pipeline.DealEnteredStage.Cause;

/**
 * One deal's move into a stage as {@link StageMoves} decided it. The deal row takes its stage and
 * {@code stage_entered_at} from here, and so do its history row and its {@link DealEnteredStage}.
 * {@code fromStageId} is null when a new deal is placed; {@code eventId} is the intake event
 * behind the move, if any; {@code detail} is what else the mover said (won, a lost reason, the
 * payment status).
 */
record StageMove(long dealId, long pipelineId, Long fromStageId, StageView to, Instant at, String actor, Cause cause,
                 String detail, Long eventId) {

    /** The history row's note: the cause first, then the detail. */
    String note() {
        String cause = this.cause.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return detail == null ? cause : cause + ": " + detail;
    }

    DealEnteredStage event() {
        return new DealEnteredStage(dealId, pipelineId, fromStageId, to.id(), to.kind(), actor, cause, eventId, at);
    }
}
