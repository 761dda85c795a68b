package com.leadwire.leads;

/**
 * A contact entered a group for one of its deals and follows the group's sequence (its A/B variant);
 * published in the transaction of the entry.
 */
public record LeadEnteredGroup(long groupId, long contactId, long dealId, long sequenceId, Long followUpId) {
}
