package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.testsupport.TelegramTestSupport;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** Telegram messages through the real outbox delivery: 429s, an unreachable Bot API, pacing. */
class TelegramDeliveryIntegrationTests extends TelegramTestSupport {

    @Autowired
    TelegramMessages messages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TelegramHealth health;

    @AfterEach
    void botApiBack() {
        BOT_API.up("sendMessage");
        BOT_API.up("getUpdates");
    }

    @Test
    void aRateLimitedMessageWaitsTheRetryAfterTelegramAskedForAndIsThenSent() {
        long chat = newTelegramUser();
        BOT_API.rateLimit("sendMessage", 1, 2);

        queue(chat, "after the 429");

        await().atMost(Duration.ofSeconds(20)).until(() -> BOT_API.sentTo(chat).size() == 1);
        TestBotApi.Call refused = BOT_API.calls("sendMessage:failed").stream().filter(call -> call.chatId() == chat)
                .findFirst().orElseThrow();
        assertThat(Duration.between(refused.at(), BOT_API.lastSentTo(chat).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(health.current().lastRateLimitAt()).isNotNull();
        assertThat(health.current().lastRetryAfter()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void messagesQueuedWhileTheBotApiIsDownAreAllDeliveredOnceItIsBack() {
        BOT_API.down("sendMessage");
        List<Long> chats = List.of(newTelegramUser(), newTelegramUser(), newTelegramUser());
        String text = "while down " + Unique.suffix();
        chats.forEach(chat -> queue(chat, text));

        await().atMost(Duration.ofSeconds(20)).until(() -> chats.stream().allMatch(chat ->
                BOT_API.calls("sendMessage:failed").stream().filter(call -> call.chatId() == chat).count() >= 2));
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE payload LIKE ? AND status IN ('PENDING', 'SENDING') AND attempts >= 1",
                "%" + text + "%")).isEqualTo(3);
        assertThat(health.current().failuresSinceSuccess()).isPositive();

        BOT_API.up("sendMessage");

        await().atMost(Duration.ofSeconds(20)).until(() -> chats.stream().allMatch(chat -> BOT_API.sentTo(chat).size() == 1));
        assertThat(chats).allSatisfy(chat -> assertThat(BOT_API.lastSentTo(chat).text()).isEqualTo(text));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                count("SELECT COUNT(*) FROM outbox_message WHERE payload LIKE ? AND status = 'SENT'", "%" + text + "%") == 3);
    }

    @Test
    void messagesToOneChatLeaveAtMostOneASecond() {
        long chat = newTelegramUser();

        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= 3; i++) {
                messages.queue("pacing-" + chat + "-" + i, new TelegramPayload(chat, "paced " + i, List.of(), null), null, null);
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> BOT_API.sentTo(chat).size() == 3);
        List<TestBotApi.Call> sent = BOT_API.sentTo(chat);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1).at(), sent.get(i).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(BOT_API.calls("sendMessage:failed").stream().filter(call -> call.chatId() == chat)).isEmpty();
    }

    @Test
    void anUpdateSentWhilePollingFailsIsHandledOnceTheBotApiIsBack() {
        int failedBefore = BOT_API.calls("getUpdates:failed").size();
        BOT_API.down("getUpdates");
        await().atMost(Duration.ofSeconds(10)).until(() -> BOT_API.calls("getUpdates:failed").size() > failedBefore);
        long user = newTelegramUser();
        BOT_API.sendText(user, "/start");
        await().atMost(Duration.ofSeconds(10)).until(() -> BOT_API.calls("getUpdates:failed").size() > failedBefore + 1);
        assertThat(BOT_API.sentTo(user)).isEmpty();

        BOT_API.up("getUpdates");

        await().atMost(Duration.ofSeconds(30)).until(() -> !BOT_API.sentTo(user).isEmpty());
        assertThat(BOT_API.lastSentTo(user).text()).contains("Qual é o seu nome?");
    }

    @Test
    void theChannelHealthShowsTheLastSuccessfulPoll() {
        await().atMost(Duration.ofSeconds(10)).until(() -> health.current().lastPollAt() != null);
        assertThat(health.current().enabled()).isTrue();
        assertThat(health.current().polling()).isTrue();
        assertThat(health.health().getDetails()).containsEntry("mode", "polling").containsKey("lastPollAt");
    }

    private void queue(long chat, String text) {
        transaction.executeWithoutResult(status ->
                messages.queue("test-" + Unique.suffix(), new TelegramPayload(chat, text, List.of(), null), null, null));
    }
}
