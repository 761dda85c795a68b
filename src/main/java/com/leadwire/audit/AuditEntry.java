package com.leadwire.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param actor who: a panel username, {@code api:<key name>}, or {@code system}
 * @param action what, as {@code <subject kind>.<verb>}, e.g. {@code rule.created}
 * @param subject what it was done to, as {@code <kind>:<id>}, e.g. {@code rule:12}
 * @param detail a short description, never a secret or a person's data
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail) {
}
