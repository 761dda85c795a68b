package com.leadwire.pipeline;

/** A deal moved into a stage (by a person, a payment callback or a rule). */
public record DealEnteredStage(long dealId, long pipelineId, Long fromStageId, long toStageId, StageKind toKind,
                               String actor, Long eventId) {
}
