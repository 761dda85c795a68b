package com.leadwire.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.audit.AuditEntry;
import com.leadwire.audit.AuditLog;
import com.leadwire.audit.AuditQuery;
import com.leadwire.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log of configuration changes, for admins. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** A page of audit entries and how many match in all. */
    record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "Configuration changes, newest first, page by page",
            description = "Who changed what and when: rules, the automation switch, sources and their secrets (never the secret), "
                    + "API keys, the team, exports and erasures. Filters by actor, action and time (from inclusive, to exclusive, "
                    + "ISO-8601 instants). Needs a key with the admin scope.")
    AuditPage list(@Parameter(example = "admin") @RequestParam(required = false) String actor,
                   @Parameter(example = "rule.updated") @RequestParam(required = false) String action,
                   @Parameter(example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant from,
                   @Parameter(example = "2026-12-08T00:00:00Z") @RequestParam(required = false) Instant to,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPages.check(page, size);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "to must be after from");
        }
        AuditQuery query = new AuditQuery(blankToNull(actor), blankToNull(action), from, to);
        return new AuditPage(audit.entries(query, page * size, size), page, size, audit.count(query));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
