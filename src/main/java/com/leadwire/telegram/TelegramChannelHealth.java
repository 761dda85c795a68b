package com.leadwire.telegram;

import java.time.Duration;
import java.time.Instant;

/**
 * How the Telegram channel is doing, for the health endpoint and the panel. {@code failuresSinceSuccess}
 * counts Bot API calls that failed since the last one that worked.
 */
public record TelegramChannelHealth(boolean enabled, String mode, boolean polling, Instant lastPollAt,
                                    Instant lastWebhookAt, Instant lastSuccessAt, int failuresSinceSuccess,
                                    String lastError, Instant lastRateLimitAt, Duration lastRetryAfter) {
}
