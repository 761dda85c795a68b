package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PacingTests {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aChatGetsOneMessageASecond() {
        Pacing pacing = new Pacing(Duration.ofSeconds(1), 30, clock);

        assertThat(pacing.reserve(1)).isEmpty();
        pacing.ended(1);
        now = now.plusMillis(400);
        assertThat(pacing.reserve(1)).contains(Duration.ofMillis(600));
        assertThat(pacing.reserve(2)).isEmpty();
        now = now.plusMillis(600);
        assertThat(pacing.reserve(1)).isEmpty();
    }

    @Test
    void allChatsTogetherGetAtMostTheGlobalRate() {
        Pacing pacing = new Pacing(Duration.ofSeconds(1), 30, clock);
        for (int chat = 0; chat < 30; chat++) {
            assertThat(pacing.reserve(chat)).isEmpty();
            pacing.ended(chat);
        }
        now = now.plusMillis(250);

        assertThat(pacing.reserve(99)).contains(Duration.ofMillis(750));
        now = now.plusMillis(750);
        assertThat(pacing.reserve(99)).isEmpty();
    }

    @Test
    void aSlowCallHoldsItsSlotUntilItEndsSoTheNextCannotArriveWithinASecondOfIt() {
        Pacing pacing = new Pacing(Duration.ofSeconds(1), 30, clock);
        assertThat(pacing.reserve(1)).isEmpty();

        now = now.plusMillis(1500);
        assertThat(pacing.reserve(1)).as("its call is still running").contains(Pacing.CALL_WAIT);
        pacing.ended(1);
        now = now.plusMillis(999);
        assertThat(pacing.reserve(1)).contains(Duration.ofMillis(1));
        now = now.plusMillis(1);
        assertThat(pacing.reserve(1)).isEmpty();
    }

    @Test
    void callsStillRunningCountAgainstTheGlobalRateAndFreeTheirSlotsASecondAfterTheyEnd() {
        Pacing pacing = new Pacing(Duration.ofSeconds(1), 30, clock);
        for (int chat = 0; chat < 30; chat++) {
            assertThat(pacing.reserve(chat)).isEmpty();
        }
        now = now.plusSeconds(5);
        assertThat(pacing.reserve(99)).contains(Pacing.CALL_WAIT);

        pacing.ended(0);
        now = now.plusMillis(200);
        assertThat(pacing.reserve(99)).contains(Duration.ofMillis(800));
        now = now.plusMillis(800);
        assertThat(pacing.reserve(99)).isEmpty();
    }

    @Test
    void aRateLimitedChatWaitsTelegramsRetryAfter() {
        Pacing pacing = new Pacing(Duration.ofSeconds(1), 30, clock);
        assertThat(pacing.reserve(5)).isEmpty();

        pacing.holdChat(5, Duration.ofSeconds(7));
        pacing.ended(5);

        assertThat(pacing.reserve(5)).contains(Duration.ofSeconds(7));
    }

    @Test
    void takeWaitsAShortWaitForTheSlotAndLeavesALongOneToTheCaller() {
        Pacing pacing = new Pacing(Duration.ofMillis(150), 30, Clock.systemUTC());
        assertThat(pacing.take(1)).isEmpty();
        pacing.ended(1);
        long started = System.nanoTime();

        assertThat(pacing.take(1)).as("150 ms is a short wait").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(140));
        pacing.ended(1);

        Pacing perSecond = new Pacing(Duration.ofSeconds(1), 30, Clock.systemUTC());
        assertThat(perSecond.take(2)).isEmpty();
        perSecond.ended(2);
        started = System.nanoTime();
        assertThat(perSecond.take(2)).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Pacing.WAIT_HERE_AT_MOST));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not waited").isLessThan(Duration.ofMillis(100));
    }
}
