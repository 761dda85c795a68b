package com.leadwire.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutboxPropertiesTests {

    private static final Instant QUEUED = Instant.parse("2026-12-07T12:00:00Z");

    private final OutboxProperties properties = new OutboxProperties(Duration.ofMillis(200), 50, 8, 8,
            Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(2), 256,
            Map.of(OutboxChannel.WEBHOOK, new OutboxProperties.ChannelRetry(null, Duration.ofSeconds(10), Duration.ofHours(1),
                    Duration.ofHours(24))));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestWait() {
        RetryPolicy mail = properties.retryPolicy(OutboxChannel.MAIL);

        assertThat(mail.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(mail.retryDelay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(mail.retryDelay(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(mail.retryDelay(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(mail.retryDelay(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void channelsWithoutTheirOwnPolicyGiveUpAfterTheGlobalNumberOfAttempts() {
        RetryPolicy telegram = properties.retryPolicy(OutboxChannel.TELEGRAM);

        assertThat(telegram.nextAttempt(7, QUEUED, QUEUED.plusSeconds(60))).contains(QUEUED.plusSeconds(90));
        assertThat(telegram.nextAttempt(8, QUEUED, QUEUED.plusSeconds(90))).isEmpty();
        assertThat(telegram.givenUp(8)).isEqualTo("gave up after 8 attempts");
    }

    @Test
    void aWebhookIsRetriedWithinThirtySecondsThenLessAndLessOftenUpToAnHour() {
        RetryPolicy webhook = properties.retryPolicy(OutboxChannel.WEBHOOK);

        assertThat(webhook.nextAttempt(1, QUEUED, QUEUED)).contains(QUEUED.plusSeconds(10));
        assertThat(webhook.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(webhook.retryDelay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(webhook.retryDelay(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(webhook.retryDelay(10)).isEqualTo(Duration.ofHours(1));
        assertThat(webhook.retryDelay(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aWebhookIsNotCountedOutButDeadTwentyFourHoursAfterItWasQueuedWithALastAttemptRightThen() {
        RetryPolicy webhook = properties.retryPolicy(OutboxChannel.WEBHOOK);
        Instant deadline = QUEUED.plus(Duration.ofHours(24));

        assertThat(webhook.nextAttempt(20, QUEUED, QUEUED.plus(Duration.ofHours(10)))).contains(QUEUED.plus(Duration.ofHours(11)));
        assertThat(webhook.nextAttempt(30, QUEUED, deadline.minus(Duration.ofMinutes(10)))).contains(deadline);
        assertThat(webhook.nextAttempt(31, QUEUED, deadline)).isEmpty();
        assertThat(webhook.givenUp(31)).isEqualTo("gave up PT24H after it was queued, after 31 attempts");
    }

    @Test
    void aChannelPolicyMayAlsoCountAttemptsAndKeepsTheGlobalSettingsItDoesNotName() {
        OutboxProperties counted = new OutboxProperties(Duration.ofMillis(200), 50, 8, 8, Duration.ofSeconds(2),
                Duration.ofSeconds(30), Duration.ofMinutes(2), 256,
                Map.of(OutboxChannel.WEBHOOK, new OutboxProperties.ChannelRetry(3, null, null, Duration.ofHours(24))));
        RetryPolicy webhook = counted.retryPolicy(OutboxChannel.WEBHOOK);

        assertThat(webhook.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(webhook.retryDelay(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(webhook.nextAttempt(3, QUEUED, QUEUED.plusSeconds(10))).isEmpty();
        assertThat(webhook.givenUp(3)).isEqualTo("gave up after 3 attempts");
    }
}
