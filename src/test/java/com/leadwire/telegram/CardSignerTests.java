package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class CardSignerTests {

    private final CardSigner signer = new CardSigner(properties("a-test-key"), null);

    @Test
    void aSignedPressReadsBackForItsChat() {
        CardPress press = new CardPress(CardPress.Action.MOVE, 123_456_789_012L, 98_765_432_101L, Long.toString(98_765_432_151L, 36));

        String data = signer.sign(-1_001_234_567_890L, press);

        assertThat(signer.verify(-1_001_234_567_890L, data)).contains(press);
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    }

    @Test
    void anotherChatAnotherDealAnotherActionOrAnotherKeyIsRefused() {
        String data = signer.sign(42, CardPress.of(CardPress.Action.WON, 7, 3));

        assertThat(signer.verify(43, data)).isEmpty();
        assertThat(signer.verify(42, data.replace("W:7:", "W:8:"))).isEmpty();
        assertThat(signer.verify(42, data.replace("c:W:", "c:C:"))).isEmpty();
        assertThat(new CardSigner(properties("another-key"), null).verify(42, data)).isEmpty();
        assertThat(signer.verify(42, "c:garbage")).isEmpty();
        assertThat(signer.verify(42, null)).isEmpty();
    }

    private static TelegramProperties properties(String key) {
        return new TelegramProperties("1:t", java.net.URI.create("http://127.0.0.1:1"), TelegramProperties.Mode.POLLING, null,
                "telegram-leads", "http://localhost", key, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(1), 30, List.of("No interest"), TelegramProperties.Language.PT_BR);
    }
}
