package com.leadwire.api;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.outbox.OutboxAdmin;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxEntry;
import com.leadwire.outbox.OutboxFilter;
import com.leadwire.outbox.OutboxState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The outbox as an admin sees it: how many messages are in which state, the messages, the dead ones, and their retry. */
@RestController
@RequestMapping("/api/v1/outbox")
@Tag(name = "Outbox")
class OutboxController {

    private final OutboxAdmin outbox;

    OutboxController(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "Message counts by status (PENDING, SENDING, SENT, DEAD)")
    Map<String, Long> counts() {
        return outbox.countsByStatus();
    }

    @GetMapping("/dead")
    @Operation(summary = "Messages that failed for good, newest first")
    List<OutboxEntry> dead(@RequestParam(defaultValue = "100") int limit) {
        return outbox.dead(limit);
    }

    @GetMapping("/messages")
    @Operation(summary = "Messages newest first, page by page, by state (PENDING, FAILED, SENT, DEAD) and channel")
    List<OutboxEntry> messages(@RequestParam(required = false) OutboxState state, @RequestParam(required = false) OutboxChannel channel,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ApiPages.check(page, size);
        return outbox.page(new OutboxFilter(state, channel), page * size, size);
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Give a dead message a fresh set of attempts, or try a failed one now (404 for any other message)")
    void retry(@PathVariable long id, Principal caller) {
        outbox.retry(id, caller.getName());
    }
}
