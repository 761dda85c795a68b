package com.leadwire.leads;

/** A group was created, changed or deleted (or its test switched its leads): whoever caches groups reloads them. */
public record LeadGroupsChanged(long groupId) {
}
