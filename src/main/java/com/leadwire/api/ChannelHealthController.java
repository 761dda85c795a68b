package com.leadwire.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.health.ChannelHealth;
import com.leadwire.health.ChannelHealthReport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/health/channels}: the channel health report the panel shows. */
@RestController
@Tag(name = "Health")
class ChannelHealthController {

    private final ChannelHealth health;

    ChannelHealthController(ChannelHealth health) {
        this.health = health;
    }

    @GetMapping("/api/v1/health/channels")
    @Operation(summary = "Telegram bot, payment signatures, webhook deliveries and outbox backlog, each OK, WARNING or OFF "
            + "with the problem and what to do about it")
    ChannelHealthReport channels() {
        return health.report();
    }
}
