package com.leadwire.automation;

import java.util.List;

/**
 * What a rule does. {@code SEND_EMAIL}: send {@code template} to {@code to} and {@code bcc},
 * where each entry is an address or one of "contact", "responsible", "team" (all active reps
 * and the configured team address).
 */
public record RuleAction(Type type, String template, List<String> to, List<String> bcc) {

    public enum Type {
        SEND_EMAIL
    }

    public RuleAction {
        to = to == null ? List.of() : List.copyOf(to);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
    }
}
