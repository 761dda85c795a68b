package com.leadwire.automation.sequences;

import java.time.Instant;
import java.util.List;

/**
 * A contact following a sequence, started for one of its deals: ACTIVE, COMPLETED (its last e-mail
 * fell due) or STOPPED with {@code stopReason}; each e-mail that fell due with its status.
 */
public record FollowUpView(long id, long sequenceId, String sequenceName, long contactId, long dealId, Status status, StopReason stopReason,
                           String startedBy, String stoppedBy, Instant startedAt, Instant finishedAt, List<Email> emails) {

    public enum Status {
        ACTIVE, COMPLETED, STOPPED
    }

    public enum StopReason {
        UNSUBSCRIBED, DEAL_MOVED, DEAL_WON, DEAL_LOST, PAYMENT_SUCCEEDED, STOPPED_BY_RULE, AUTOMATION_OFF,
        /** Its lead group stopped it: the contact entered a group of higher priority, or the group was deleted. */
        LEAD_GROUP,
        /** The lead group's A/B test ended and the lead was switched to the winning sequence. */
        TEST_SWITCHED,
        /** Its contact was merged into one that already followed the same sequence. */
        MERGED
    }

    /**
     * QUEUED (in the outbox), SENT, FAILED (never sent), BOUNCED (the SMTP server refused the
     * recipient at send time), SKIPPED (automation was off when it fell due, or the follow-up stopped
     * while it was held) or HELD (held back by the sending hours or the daily cap; its detail says until
     * when and why, and stays once it is sent).
     */
    public enum EmailStatus {
        QUEUED, SENT, FAILED, BOUNCED, SKIPPED, HELD
    }

    /** One e-mail step (1 to 3) as it fell due. */
    public record Email(int step, String template, EmailStatus status, String recipient, String subject, Instant dueAt, Instant updatedAt,
                        String detail) {
    }

    public FollowUpView {
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
