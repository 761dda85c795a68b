package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A pipeline as the board shows it: one column per stage, newest cards first. */
public record BoardView(PipelineView pipeline, List<Column> columns) {

    /** {@code dealCount} counts all deals in the stage; {@code cards} may hold only the newest. */
    public record Column(StageView stage, long dealCount, List<Card> cards) {
    }

    public record Card(long dealId, String title, String contactName, BigDecimal amount, String currency, String sourceName,
                       Instant createdAt, Instant stageEnteredAt) {
    }
}
