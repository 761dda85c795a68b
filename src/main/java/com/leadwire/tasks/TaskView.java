package com.leadwire.tasks;

import java.time.Instant;

/**
 * A task as people read it. {@code reminder}: null until it falls due, then whether its owner's
 * reminder went to the outbox or could not be delivered (the owner has no linked Telegram).
 */
public record TaskView(long id, long dealId, String dealTitle, String title, Instant dueAt, long ownerUserId, String ownerName,
                       String createdBy, Instant createdAt, Instant doneAt, String doneBy, Reminder reminder, Instant remindedAt) {

    public enum Reminder {
        QUEUED, UNDELIVERABLE
    }

    public boolean done() {
        return doneAt != null;
    }
}
