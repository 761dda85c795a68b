package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.TelegramTestSupport;
import com.leadwire.testsupport.Unique;

/** One poller per bot token across nodes: the lease row. */
class PollLeaseIntegrationTests extends TelegramTestSupport {

    @Autowired
    PollLease lease;

    @Test
    void aSecondNodeTakesTheLeaseOnlyOnceTheHolderStopsRenewingIt() {
        String bot = Unique.key("bot");
        Duration length = Duration.ofMillis(800);

        assertThat(lease.hold(bot, "node-a", length)).isTrue();
        assertThat(lease.hold(bot, "node-b", length)).isFalse();
        assertThat(lease.hold(bot, "node-a", length)).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> lease.hold(bot, "node-b", length));
        assertThat(lease.hold(bot, "node-a", length)).isFalse();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnce() {
        String bot = Unique.key("bot");
        assertThat(lease.hold(bot, "node-a", Duration.ofMinutes(5))).isTrue();

        lease.release(bot, "node-a");

        assertThat(lease.hold(bot, "node-b", Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void thisNodeHoldsTheLeaseOfTheConfiguredBotWhilePolling() {
        String bot = TelegramLinkCodes.hash("4242:stub-bot-token");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "SELECT expires_at FROM telegram_poll_lease WHERE bot = ?", java.sql.Timestamp.class, bot).stream()
                .anyMatch(expires -> expires.toInstant().isAfter(java.time.Instant.now())));
        assertThat(lease.hold(bot, "another-node", Duration.ofSeconds(3))).isFalse();
    }
}
