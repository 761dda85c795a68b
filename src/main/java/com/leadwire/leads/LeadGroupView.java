package com.leadwire.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored lead group with its live count of leads (contacts that ever entered it) and what its
 * sequences send ({@code variants}: per sequence, in order, its e-mails' delays and discounts).
 * {@code testOutcome} is set once its A/B test has ended.
 */
public record LeadGroupView(long id, LeadGroupKind kind, String name, String description, LeadGroupStatus status, Instant startsAt,
                            LeadSource source, String abandonAfter, List<Long> sequenceIds, Long webhookId, String bcc, int priority,
                            List<String> products, String language, String country, boolean overrideDiscounts, LeadGroupTest test,
                            TestOutcome testOutcome, List<Variant> variants, long leadCount, Instant createdAt, Instant updatedAt) {

    /** One of the group's sequences: its name and, per e-mail, the delay after the previous one and the discount (null: none). */
    public record Variant(long sequenceId, String name, List<String> sendTimes, List<BigDecimal> discounts) {
    }

    /** How the A/B test ended: when, why, and the sequence kept for everyone (null when no switch was made). */
    public record TestOutcome(Instant endedAt, String reason, Long winnerSequenceId) {
    }

    /** Whether the group takes in leads at {@code now}: active, and its start date (if any) has come. */
    public boolean takesLeadsAt(Instant now) {
        return status == LeadGroupStatus.ACTIVE && (startsAt == null || !now.isBefore(startsAt)) && !sequenceIds.isEmpty();
    }

    public LeadGroupDraft draft() {
        return new LeadGroupDraft(name, description, status, startsAt, source, sequenceIds, webhookId, bcc, priority, products, language,
                country, overrideDiscounts, test, abandonAfter);
    }
}
