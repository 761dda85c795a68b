package com.leadwire.audit;

import java.time.Instant;

/**
 * Which audit entries to read; a null part does not filter.
 *
 * @param actor exactly this actor
 * @param action exactly this action
 * @param from at or after
 * @param to before
 */
public record AuditQuery(String actor, String action, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
