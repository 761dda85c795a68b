package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.ApiClient;

class RepLinkingIntegrationTests extends LinkedRepsTestSupport {


    @Autowired
    CardSigner signer;



    @Test
    void aFreshCodeLinksTheRepsChatOnceAndIsStoredOnlyHashed() {
        TeamMember rep = reps.newRep();
        String code = reps.linkCode(rep.id());
        long chat = newTelegramUser();

        BOT_API.sendText(chat, "/start link-" + code);
        awaitReply(chat, 1, "Linked: you are " + rep.displayName());
        assertThat(team.findById(rep.id()).orElseThrow().telegramChatId()).isEqualTo(chat);
        assertThat(count("SELECT COUNT(*) FROM telegram_link_code WHERE code_hash = ?", code)).isZero();
        assertThat(count("SELECT COUNT(*) FROM telegram_link_code WHERE code_hash = ? AND used_at IS NOT NULL",
                TelegramLinkCodes.hash(code))).isEqualTo(1);

        long otherChat = newTelegramUser();
        BOT_API.sendText(otherChat, "/start link-" + code);
        awaitReply(otherChat, 1, "unknown, used or expired");
        assertThat(team.findById(rep.id()).orElseThrow().telegramChatId()).isEqualTo(chat);
        team.unlinkTelegram(rep.id());
    }

    @Test
    void anExpiredCodeLinksNothing() {
        TeamMember rep = reps.newRep();
        String code = reps.linkCode(rep.id());
        jdbc.update("UPDATE telegram_link_code SET expires_at = ? WHERE code_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), TelegramLinkCodes.hash(code));
        long chat = newTelegramUser();

        BOT_API.sendText(chat, "/start link-" + code);

        awaitReply(chat, 1, "unknown, used or expired");
        assertThat(team.findById(rep.id()).orElseThrow().telegramChatId()).isNull();
    }

    @Test
    void aCodeExpiresAfterTheConfiguredFifteenMinutesAndNeedsTheApiKey() throws Exception {
        TeamMember rep = reps.newRep();
        var response = api().postJson("/api/v1/team/" + rep.id() + "/telegram-link-code", "");
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        var expires = java.time.Instant.parse(body.path("expiresAt").asText());
        assertThat(expires).isBetween(java.time.Instant.now().plusSeconds(14 * 60), java.time.Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(body.path("startCommand").asText()).isEqualTo("/start link-" + body.path("code").asText());

        assertThat(new com.leadwire.testsupport.Http(baseUrl()).postJson("/api/v1/team/" + rep.id() + "/telegram-link-code", "")
                .statusCode()).isEqualTo(401);
        var unknown = api().postJson("/api/v1/team/987654321/telegram-link-code", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(unknown)).isTrue();
    }

    @Test
    void anUnlinkedChatMayPressNoCardButton() {
        long chat = newTelegramUser();
        String data = signer.sign(chat, CardPress.of(CardPress.Action.CLAIM, 1, 1));

        long press = BOT_API.press(chat, 77, data);

        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.answerTo(press) != null);
        assertThat(BOT_API.answerTo(press)).contains("Only linked team members");
        assertThat(BOT_API.editsIn(chat, 77)).isEmpty();
    }

    private static void awaitReply(long chat, int n, String text) {
        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.sentTo(chat).size() >= n);
        assertThat(BOT_API.sentTo(chat).get(n - 1).text()).contains(text);
    }
}
