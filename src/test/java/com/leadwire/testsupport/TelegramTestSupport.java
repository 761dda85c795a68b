package com.leadwire.testsupport;

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

    protected Http api() {
        return ApiClient.authenticated(baseUrl());
    }
}
