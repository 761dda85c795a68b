package com.leadwire.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OutboxMessageTests {

    @Test
    void aRecipientThatFitsItsColumnIsKeptAsItIs() {
        String exactlyFull = "a".repeat(OutboxMessage.MAX_RECIPIENT_CHARS);

        assertThat(message("ana@team.example, bruno@team.example").recipient()).isEqualTo("ana@team.example, bruno@team.example");
        assertThat(message(exactlyFull).recipient()).isEqualTo(exactlyFull);
    }

    @Test
    void theAddressesOfALargeTeamAreCutToTheColumnAndSaySo() {
        String team = IntStream.rangeClosed(1, 40).mapToObj(i -> "rep-" + i + "@team.example").collect(Collectors.joining(", "));

        String recipient = message(team).recipient();

        assertThat(recipient).hasSize(OutboxMessage.MAX_RECIPIENT_CHARS).startsWith("rep-1@team.example, rep-2@").endsWith("…");
    }

    @Test
    void theCutNeverSplitsACharacter() {
        String emoji = "😀".repeat(OutboxMessage.MAX_RECIPIENT_CHARS + 10);

        String recipient = message(emoji).recipient();

        assertThat(recipient.codePointCount(0, recipient.length())).isEqualTo(OutboxMessage.MAX_RECIPIENT_CHARS);
        assertThat(recipient).isEqualTo("😀".repeat(OutboxMessage.MAX_RECIPIENT_CHARS - 1) + "…");
    }

    private static OutboxMessage message(String recipient) {
        return new OutboxMessage(OutboxChannel.MAIL, "key", recipient, "{}", 1L, 2L);
    }
}
