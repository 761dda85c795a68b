package com.leadwire.payments;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/payments/health} (API key): every payment source, whether it can accept callbacks, and its rejections. */
@RestController
@Tag(name = "Payments")
class PaymentChannelsController {

    private final PaymentChannelHealth health;

    PaymentChannelsController(PaymentChannelHealth health) {
        this.health = health;
    }

    @GetMapping("/api/v1/payments/health")
    @Operation(summary = "Payment sources: active, signing secret configured, callbacks rejected for their signature")
    List<PaymentChannelStatus> health() {
        return health.channels();
    }
}
