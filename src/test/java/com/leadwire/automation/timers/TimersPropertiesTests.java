package com.leadwire.automation.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimersPropertiesTests {

    private final TimersProperties properties = new TimersProperties(Duration.ofSeconds(1), 100, 5, Duration.ofSeconds(10),
            Duration.ofMinutes(1), 1);

    @Test
    void theWaitAfterAFailureDoublesUpToTheLongestWait() {
        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.retryDelay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryDelay(100)).isEqualTo(Duration.ofMinutes(1));
    }
}
