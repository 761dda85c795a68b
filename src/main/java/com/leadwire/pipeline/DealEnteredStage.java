package com.leadwire.pipeline;

import java.time.Instant;

/**
 * A deal entered a stage: placed there when it was created ({@code fromStageId} is null), or moved
 * there by a person, a payment callback or an admin's bulk change. Every stage change publishes
 * exactly one, inside the transaction that makes the change (see {@link StageMoves}).
 */
public record DealEnteredStage(long dealId, long pipelineId, Long fromStageId, long toStageId, StageKind toKind,
                               String actor, Cause cause, Long eventId, Instant at) {

    /** What moved the deal. */
    public enum Cause {
        /** An intake event created the deal in this stage. */
        CREATED,
        /** A row of a CSV import created the deal in this stage. */
        IMPORTED,
        /** A payment callback's status is mapped to this stage. */
        PAYMENT,
        /** A move, won or lost through the API. */
        API,
        /** A rep's button on a Telegram deal card. */
        TELEGRAM,
        /** An automation rule's move action. */
        RULE,
        /** A person's Move on the deal's page in the admin panel. */
        PANEL,
        /** An admin deleted the deal's stage (or its whole pipeline), and its deals moved here. */
        STAGE_DELETED;

        /** An admin's bulk correction, not a sales event: rules do not fire for it. */
        public boolean isBulkCorrection() {
            return this == IMPORTED || this == STAGE_DELETED;
        }
    }
}
