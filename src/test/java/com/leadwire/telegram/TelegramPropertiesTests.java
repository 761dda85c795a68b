package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

class TelegramPropertiesTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void webhookModeNeedsAUsableSecret() {
        assertThat(validator.validate(properties("1:token", TelegramProperties.Mode.WEBHOOK, null))).isNotEmpty();
        assertThat(validator.validate(properties("1:token", TelegramProperties.Mode.WEBHOOK, "has spaces"))).isNotEmpty();
        assertThat(validator.validate(properties("1:token", TelegramProperties.Mode.WEBHOOK, "s3cret_ok-1"))).isEmpty();
        assertThat(validator.validate(properties("1:token", TelegramProperties.Mode.POLLING, null))).isEmpty();
        assertThat(validator.validate(properties("", TelegramProperties.Mode.WEBHOOK, null))).isEmpty();
    }

    @Test
    void withoutATokenTheBotIsOffAndTheTokenIsNeverInTheText() {
        assertThat(properties(" ", TelegramProperties.Mode.POLLING, null).enabled()).isFalse();
        assertThat(properties("123:very-secret", TelegramProperties.Mode.POLLING, "hook-secret").toString())
                .doesNotContain("very-secret").doesNotContain("hook-secret");
    }

    private static TelegramProperties properties(String token, TelegramProperties.Mode mode, String secret) {
        return new TelegramProperties(token, URI.create("https://api.telegram.org"), mode, secret, "telegram-leads",
                "http://localhost:8080", null, Duration.ofMinutes(15), Duration.ofSeconds(50), Duration.ofSeconds(30),
                Duration.ofSeconds(1), 30, List.of("No interest"));
    }
}
