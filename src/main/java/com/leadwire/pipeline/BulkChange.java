package com.leadwire.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * One action on several deals: the board's selected cards, {@code POST /api/v1/deals/bulk}.
 *
 * @param responsibleId for ASSIGN: the team member, null for nobody
 * @param stageId for MOVE: the stage, of the deals' pipeline
 * @param reason for LOST: why they were lost
 */
public record BulkChange(List<Long> ids, Action action, Long responsibleId, Long stageId, String reason) {

    public enum Action {
        ASSIGN, MOVE, WON, LOST
    }

    public BulkChange {
        // each deal once, in the order asked
        ids = ids == null ? null : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
