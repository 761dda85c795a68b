package com.leadwire.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxPropertiesTests {

    private final OutboxProperties properties = new OutboxProperties(Duration.ofMillis(200), 50, 8, 8,
            Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(2), 256);

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestWait() {
        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(properties.retryDelay(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retryDelay(60)).isEqualTo(Duration.ofSeconds(30));
    }
}
