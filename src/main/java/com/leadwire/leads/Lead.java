package com.leadwire.leads;

import java.time.Instant;

/**
 * One lead of the list: a contact in a lead group, entered for one of its deals. Name, e-mail,
 * product and country are as they were when it entered; the follow-up's status, its latest
 * e-mail's and the processed order (the deal's payment succeeded, or the deal is won) are as they
 * are now.
 */
public record Lead(String name, String email, Instant date, String product, String country, String group,
                   LeadFollowUpStatus followUpStatus, String stopReason, LeadEmailStatus emailStatus, boolean processedOrder,
                   long contactId, long dealId, long groupId, Long followUpId) {
}
