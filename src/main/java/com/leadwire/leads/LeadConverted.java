package com.leadwire.leads;

/** A lead converted: after it entered the group, its deal was won or its payment succeeded; published in that transaction, once per lead. */
public record LeadConverted(long groupId, long contactId, long dealId) {
}
