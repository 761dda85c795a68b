package com.leadwire.pipeline;

import java.time.Instant;

/** One line of a deal's stage history; {@code fromStageId} is null for the deal's creation. */
public record StageMoveView(long id, Long fromStageId, String fromStageName, long toStageId, String toStageName,
                            String actor, String note, Instant at) {
}
