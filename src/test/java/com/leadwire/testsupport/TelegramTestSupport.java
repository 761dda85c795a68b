package com.leadwire.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the Telegram integration tests: the app with the bot on, pointed at the stub Bot API. */
@OnTelegram
public abstract class TelegramTestSupport extends IntegrationTestSupport {

    protected static final TestBotApi BOT_API = TestBotApi.server();

    @DynamicPropertySource
    static void stubBotApi(DynamicPropertyRegistry registry) {
        registry.add("leadwire.telegram.base-url", TestBotApi::baseUrl);
    }

    /** A Telegram user (and private chat) id no other test uses. */
    protected static long newTelegramUser() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    /** Waits for the n-th message the bot sent to the chat (1 = first) and checks it holds the text. */
    protected static TestBotApi.Call awaitMessage(long chat, int n, String text) {
        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.sentTo(chat).size() >= n);
        TestBotApi.Call call = BOT_API.sentTo(chat).get(n - 1);
        assertThat(call.text()).contains(text);
        return call;
    }

    protected Http api() {
        return ApiClient.authenticated(baseUrl());
    }
}
