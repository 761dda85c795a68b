package com.leadwire.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A pipeline as the board shows it: one column per stage, the cards that entered it last first. */
public record BoardView(PipelineView pipeline, List<Column> columns) {

    /** {@code summary} counts all the stage's deals that match the filter; {@code cards} holds the first of them. */
    public record Column(StageView stage, Summary summary, List<Card> cards) {
    }

    /** How many deals a column holds, and their value per currency (deals without a value count, but add none). */
    public record Summary(long dealCount, List<Total> totals) {

        public static final Summary EMPTY = new Summary(0, List.of());
    }

    public record Total(String currency, BigDecimal amount) {
    }

    public record Card(long dealId, long stageId, String title, String contactName, BigDecimal amount, String currency,
                       String sourceName, Long responsibleUserId, Instant createdAt, Instant stageEnteredAt) {

        public Card movedTo(long stageId, Instant enteredAt) {
            return new Card(dealId, stageId, title, contactName, amount, currency, sourceName, responsibleUserId, createdAt, enteredAt);
        }

        public Card withResponsible(Long userId) {
            return new Card(dealId, stageId, title, contactName, amount, currency, sourceName, userId, createdAt, stageEnteredAt);
        }
    }
}
