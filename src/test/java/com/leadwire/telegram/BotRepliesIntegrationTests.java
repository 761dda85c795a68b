package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.leadwire.testsupport.TelegramTestSupport;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** The bot's direct replies to updates: paced with the outbox, and queued in it when Telegram refuses them. */
class BotRepliesIntegrationTests extends TelegramTestSupport {

    @Autowired
    TelegramMessages messages;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void botApiBack() {
        BOT_API.up("sendMessage");
    }

    private long queuedReplies(long chat, String status) {
        return count("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? AND status = ?",
                "telegram-reply:" + chat + ":%", status);
    }

    /** A new prospect who got the flow's first question; from then on the Bot API refuses every message to them. */
    private static long atTheFirstQuestionWithTheBotApiDownForThem() {
        long user = newTelegramUser();
        BOT_API.sendText(user, "/start");
        awaitMessage(user, 1, "Qual é o seu nome?");
        BOT_API.down("sendMessage", user);
        return user;
    }

    @Test
    void aQuestionTelegramAnswers429IsSentOnceAfterItsRetryAfterInsteadOfBeingLost() {
        long user = newTelegramUser();
        BOT_API.rateLimit("sendMessage", user, 1, 2);

        BOT_API.sendText(user, "/start");

        TestBotApi.Call question = awaitMessage(user, 1, "Qual é o seu nome?");
        TestBotApi.Call refused = BOT_API.calls("sendMessage:failed").stream().filter(call -> call.chatId() == user)
                .findFirst().orElseThrow();
        assertThat(refused.text()).contains("Qual é o seu nome?");
        assertThat(Duration.between(refused.at(), question.at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        await().atMost(Duration.ofSeconds(10)).until(() -> queuedReplies(user, "SENT") == 1);

        BOT_API.sendText(user, "Ana Teste");
        awaitMessage(user, 2, "Qual é o seu e-mail?");
        assertThat(BOT_API.sentTo(user)).hasSize(2);
    }

    @Test
    void theNextQuestionWhileTheBotApiIsDownReachesTheProspectOnceItIsBackAndTheFlowGoesOn() {
        long user = atTheFirstQuestionWithTheBotApiDownForThem();

        BOT_API.sendText(user, "Bruno Teste");

        await().atMost(Duration.ofSeconds(15)).until(() -> queuedReplies(user, "SENT") + queuedReplies(user, "PENDING")
                + queuedReplies(user, "SENDING") == 1);
        assertThat(jdbc.queryForObject("SELECT step_index FROM telegram_conversation WHERE chat_id = ?", Integer.class, user))
                .isEqualTo(1);
        assertThat(BOT_API.sentTo(user)).hasSize(1);

        BOT_API.up("sendMessage");

        awaitMessage(user, 2, "Qual é o seu e-mail?");
        await().atMost(Duration.ofSeconds(10)).until(() -> queuedReplies(user, "SENT") == 1);
        BOT_API.sendText(user, Unique.email("bruno"));
        awaitMessage(user, 3, "Qual é o seu telefone");
        assertThat(BOT_API.sentTo(user).stream().map(TestBotApi.Call::text).filter(text -> text.contains("e-mail?"))).hasSize(1);
    }

    @Test
    void aReplyWhileAnEarlierOneToTheChatIsStillQueuedGoesAfterIt() {
        long user = atTheFirstQuestionWithTheBotApiDownForThem();
        BOT_API.sendText(user, "Carla Teste");
        // the next question is queued; its retry is put off 3 s, as a longer back-off would
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.update(
                "UPDATE outbox_message SET next_attempt_at = ? WHERE idempotency_key LIKE ? AND status = 'PENDING'",
                Timestamp.from(Instant.now().plusSeconds(3)), "telegram-reply:" + user + ":%") == 1);
        BOT_API.up("sendMessage");
        // the chat's own pace would let a reply go now (its last call ended over a second ago)
        await().pollDelay(Duration.ofMillis(1200)).until(() -> true);

        BOT_API.sendText(user, "carla at example");

        TestBotApi.Call question = awaitMessage(user, 2, "Qual é o seu e-mail?");
        TestBotApi.Call hint = awaitMessage(user, 3, "Isso não parece um e-mail válido.");
        assertThat(hint.at()).isAfter(question.at());
    }

    @Test
    void aReplyRightAfterAnOutboxMessageToTheSameChatWaitsItsSecondLikeTheOutboxWould() {
        long user = newTelegramUser();
        transaction.executeWithoutResult(status -> messages.queue("test-" + Unique.suffix(),
                new TelegramPayload(user, "from the outbox", List.of(), null), null, null));
        TestBotApi.Call fromOutbox = awaitMessage(user, 1, "from the outbox");

        BOT_API.sendText(user, "oi", "pt");

        TestBotApi.Call reply = awaitMessage(user, 2, "Olá!");
        assertThat(Duration.between(fromOutbox.at(), reply.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
}
