package com.leadwire.telegram;

import java.time.Duration;
import java.time.Instant;

/**
 * How the Telegram channel is doing, for the health endpoint and the panel. {@code failuresSinceSuccess}
 * counts Bot API calls that failed since the last one that worked; {@code lastUpdateAt} is when an
 * update (a prospect's or a rep's message or button press) last arrived, polled or by webhook.
 */
public record TelegramChannelHealth(boolean enabled, String mode, boolean polling, Instant lastPollAt,
                                    Instant lastWebhookAt, Instant lastSuccessAt, int failuresSinceSuccess,
                                    String lastError, Instant lastRateLimitAt, Duration lastRetryAfter, Instant lastUpdateAt) {
}
