package com.leadwire.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app with the Telegram bot on, talking to the JVM-wide {@link TestBotApi} (one
 * shared context for every Telegram test; see {@link TelegramTestSupport}). Its own in-memory
 * H2 database, so the other test contexts' outbox loops (which have no Telegram sender) never
 * claim its messages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:leadwire-telegram-test;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
        "leadwire.telegram.token=4242:stub-bot-token",
        "leadwire.telegram.poll-timeout=1s",
        "leadwire.telegram.lease=3s",
        "leadwire.telegram.webhook-secret=stub-webhook-secret",
        "leadwire.telegram.public-url=http://leadwire.test"
})
@ActiveProfiles("test")
public @interface OnTelegram {
}
