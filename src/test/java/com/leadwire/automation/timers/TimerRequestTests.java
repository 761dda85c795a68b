package com.leadwire.automation.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimerRequestTests {

    private static final Instant ENTERED = Instant.parse("2026-12-01T10:15:30.123456Z");

    private static TimerRequest idle(Long stage, Duration after, String key) {
        return new TimerRequest(3, 9, 4L, TimerKind.IDLE_IN_STAGE, stage, ENTERED, after, "DealEnteredStage", key);
    }

    @Test
    void isDueItsDurationAfterItsBaseTime() {
        assertThat(idle(2L, Duration.ofDays(5), "idle:rule-3:deal-9").dueAt()).isEqualTo(Instant.parse("2026-12-06T10:15:30.123456Z"));
    }

    @Test
    void anIdleTimerNeedsItsStage() {
        assertThatThrownBy(() -> idle(null, Duration.ofDays(5), "idle:rule-3:deal-9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDurationIsBetweenZeroAndAYear() {
        assertThat(idle(2L, Duration.ZERO, "k").dueAt()).isEqualTo(ENTERED);
        assertThatThrownBy(() -> idle(2L, Duration.ofSeconds(-1), "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idle(2L, Duration.ofDays(367), "k")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyIsRequiredAndFitsItsColumn() {
        assertThatThrownBy(() -> idle(2L, Duration.ofDays(5), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idle(2L, Duration.ofDays(5), "k".repeat(301))).isInstanceOf(IllegalArgumentException.class);
        assertThat(idle(2L, Duration.ofDays(5), "k".repeat(300)).key()).hasSize(300);
    }
}
