package com.leadwire.leads;

/** The two built-in groups (unfinished orders, abandoned checkouts: editable, not deletable) or an admin's own. */
public enum LeadGroupKind {
    DEFAULT, CUSTOM
}
