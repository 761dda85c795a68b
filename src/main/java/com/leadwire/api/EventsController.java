package com.leadwire.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.intake.Channel;
import com.leadwire.intake.EventFilter;
import com.leadwire.intake.EventOutcome;
import com.leadwire.intake.InboundEventLog;
import com.leadwire.intake.InboundEventView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The inbound event log: every accepted event with what it did, its payload with secrets masked. */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events")
class EventsController {

    private final InboundEventLog events;

    EventsController(InboundEventLog events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Accepted inbound events, newest first, page by page",
            description = "Filters by channel, outcome and the time received (from inclusive, to exclusive, ISO-8601 instants). "
                    + "Payload values under secret-looking keys (signatures, tokens, passwords, API keys, card data) are masked. "
                    + "Refused events are not stored, so they never appear here.")
    List<InboundEventView> list(@RequestParam(required = false) Channel channel, @RequestParam(required = false) EventOutcome outcome,
                                @Parameter(example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant from,
                                @Parameter(example = "2026-12-08T00:00:00Z") @RequestParam(required = false) Instant to,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPages.check(page, size);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "to must be after from");
        }
        return events.page(new EventFilter(channel, outcome, from, to), page * size, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One inbound event with its outcome and its payload, secrets masked")
    InboundEventView byId(@PathVariable long id) {
        return events.find(id).orElseThrow(() -> new NotFoundException("no inbound event " + id));
    }
}
