package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.testsupport.TelegramTestSupport;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** One node sends a bot's messages: the holder of the send lease. */
class SendLeaseIntegrationTests extends TelegramTestSupport {

    @Autowired
    SendLease sendLease;

    @Autowired
    TelegramMessages messages;

    @Autowired
    TelegramProperties properties;

    @Autowired
    TransactionTemplate transaction;

    private void leaseHeldBy(String owner, Instant until) {
        jdbc.update("UPDATE telegram_poll_lease SET owner = ?, expires_at = ? WHERE bot = ?", owner, Timestamp.from(until),
                TelegramLinkCodes.hash("send:" + properties.token()));
        sendLease.renew();
    }

    @Test
    void whileAnotherNodeHoldsTheSendLeaseThisOneSendsNothingAndTakesItAllOverWhenTheLeaseRunsOut() {
        long user = newTelegramUser();
        String card = "card " + Unique.suffix();
        try {
            leaseHeldBy("another-node", Instant.now().plus(Duration.ofMinutes(5)));
            assertThat(sendLease.held()).isFalse();

            transaction.executeWithoutResult(status -> messages.queue("test-" + Unique.suffix(),
                    new TelegramPayload(user, card, List.of(), null), null, null));
            BOT_API.sendText(user, "oi", "pt");

            await().atMost(Duration.ofSeconds(10)).until(() -> count(
                    "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'PENDING'", String.valueOf(user)) == 2);
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            assertThat(BOT_API.sentTo(user)).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND attempts = 0 AND claim_token IS NULL"
                    + " AND last_error IS NULL", String.valueOf(user))).as("left alone, not claimed and handed back").isEqualTo(2);
        } finally {
            leaseHeldBy("another-node", Instant.now().minusSeconds(1));
        }

        assertThat(sendLease.held()).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.sentTo(user).size() == 2);
        assertThat(BOT_API.sentTo(user).stream().map(TestBotApi.Call::text))
                .containsExactlyInAnyOrder(card, "Olá! Envie /start para nos contar o que você procura.");
    }
}
