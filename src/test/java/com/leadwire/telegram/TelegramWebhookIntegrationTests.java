package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.TelegramTestSupport;

/** Webhook mode's endpoint and registration (the shared context polls too; the endpoint is open because a secret is set). */
class TelegramWebhookIntegrationTests extends TelegramTestSupport {

    private static final String PATH = "/api/v1/telegram/webhook";

    @Autowired
    WebhookRegistration registration;

    @Test
    void anUpdateWithoutTheSecretTokenIsRefusedWith401AndNothingIsStored() {
        long user = newTelegramUser();
        String update = BOT_API.textUpdateJson(user, "/start");

        HttpResponse<String> missing = new Http(baseUrl()).postJson(PATH, update);
        HttpResponse<String> wrong = new Http(baseUrl()).header(TelegramWebhook.SECRET_HEADER, "not-the-secret").postJson(PATH, update);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(ApiClient.isProblem(wrong)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM telegram_conversation WHERE chat_id = ?", user)).isZero();
        assertThat(BOT_API.sentTo(user)).isEmpty();
    }

    @Test
    void anUpdateWithTheSecretTokenIsHandledLikeAPolledOne() {
        long user = newTelegramUser();

        HttpResponse<String> response = new Http(baseUrl()).header(TelegramWebhook.SECRET_HEADER, "stub-webhook-secret")
                .postJson(PATH, BOT_API.textUpdateJson(user, "/start"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM telegram_conversation WHERE chat_id = ? AND status = 'ACTIVE'", user)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !BOT_API.sentTo(user).isEmpty());
        assertThat(BOT_API.lastSentTo(user).text()).contains("Qual é o seu nome?");
    }

    @Test
    void aBodyThatIsNotAnUpdateIs400() {
        HttpResponse<String> response = new Http(baseUrl()).header(TelegramWebhook.SECRET_HEADER, "stub-webhook-secret")
                .postJson(PATH, "not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.isProblem(response)).isTrue();
    }

    @Test
    void registeringTheWebhookSendsThePublicUrlAndTheSecretToTelegram() {
        int before = BOT_API.calls("setWebhook").size();

        registration.register();

        assertThat(BOT_API.calls("setWebhook")).hasSize(before + 1);
        String sent = BOT_API.calls("setWebhook").get(before).raw();
        assertThat(sent).contains("http://leadwire.test/api/v1/telegram/webhook").contains("stub-webhook-secret");
    }
}
