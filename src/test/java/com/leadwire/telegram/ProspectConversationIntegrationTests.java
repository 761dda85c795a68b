package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.TelegramTestSupport;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** The prospect bot over real long polling against the stub Bot API. */
class ProspectConversationIntegrationTests extends TelegramTestSupport {

    @Autowired
    BotPolling polling;

    @Test
    void walksAProspectThroughTheDemoFlowReAskingInvalidAnswersResumingAfterARestartAndCreatesTheLead() {
        long user = newTelegramUser();
        String email = Unique.email("maria");

        BOT_API.sendText(user, "/start");
        awaitMessage(user, 1, "Qual é o seu nome?");
        BOT_API.sendText(user, "Maria Teste");
        awaitMessage(user, 2, "Qual é o seu e-mail?");
        BOT_API.sendText(user, "maria at example");
        awaitMessage(user, 3, "Isso não parece um e-mail válido.");
        BOT_API.sendText(user, email.toUpperCase());
        awaitMessage(user, 4, "Qual é o seu telefone");
        BOT_API.sendText(user, "telefone?");
        awaitMessage(user, 5, "Isso não parece um telefone válido.");
        BOT_API.sendText(user, "(11) 98765-4321");
        TestBotApi.Call platform = awaitMessage(user, 6, "Em qual plataforma");
        assertThat(platform.buttonTexts()).containsExactly("autocloud", "Feirão Digital");

        polling.stop();
        assertThat(jdbc.queryForMap("SELECT step_index, status FROM telegram_conversation WHERE chat_id = ?", user))
                .containsEntry("step_index", 3).containsEntry("status", "ACTIVE");
        polling.start();

        BOT_API.press(user, platform.messageId(), platform.button("Feirão Digital"));
        TestBotApi.Call type = awaitMessage(user, 7, "É um LEAD ou uma AVALIAÇÃO");
        BOT_API.sendText(user, "talvez");
        awaitMessage(user, 8, "Escolha uma das opções abaixo.");
        BOT_API.press(user, type.messageId(), type.button("AVALIAÇÃO"));
        TestBotApi.Call products = awaitMessage(user, 9, "Quais produtos");
        BOT_API.press(user, products.messageId(), products.button("Loja virtual"));
        BOT_API.press(user, products.messageId(), products.button("Treinamento"));
        await().until(() -> BOT_API.editsIn(user, products.messageId()).size() == 2);
        long done = BOT_API.press(user, products.messageId(), products.button("Pronto"));

        TestBotApi.Call confirmation = awaitMessage(user, 10, "Obrigado, Maria Teste!");
        assertThat(confirmation.text()).contains("equipe comercial");
        Map<String, Object> deal = jdbc.queryForMap("""
                SELECT d.id, d.products, d.custom_fields, s.name AS stage, p.name AS pipeline, c.telegram_user_id, c.phone, c.name
                FROM deal d JOIN contact c ON c.id = d.contact_id JOIN contact_email e ON e.contact_id = c.id
                JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = d.pipeline_id
                WHERE e.email = ?""", email);
        assertThat(deal).containsEntry("pipeline", "Feirão Digital").containsEntry("stage", "AVALIAÇÃO")
                .containsEntry("telegram_user_id", user).containsEntry("phone", "+5511987654321").containsEntry("name", "Maria Teste");
        assertThat((String) deal.get("products")).contains("Loja virtual").contains("Treinamento");
        assertThat(count("SELECT COUNT(*) FROM inbound_event WHERE channel = 'TELEGRAM' AND idempotency_key = ?",
                "TELEGRAM:telegram-leads:update-" + done)).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT status, deal_id FROM telegram_conversation WHERE chat_id = ?", user))
                .containsEntry("status", "COMPLETED").containsEntry("deal_id", deal.get("id"));
    }

    @Test
    void aDeepLinkRunsTheFlowOfItsSourceTheDealRecordsThatSourceAndItsCardGoesWhereTheFlowSays() {
        String key = Unique.key("tg-campaign");
        long stage = jdbc.queryForObject("""
                SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.name = 'autocloud' AND s.name = 'APRESENTAÇÃO'""",
                Long.class);
        long salesGroup = -newTelegramUser();
        String flow = """
                {"steps": [{"question": "Your e-mail, please?", "answer": "EMAIL", "fills": "contact.email"},
                           {"question": "Which plan?", "answer": "CHOICE", "options": ["Basic", "Pro"], "fills": "deal.plan"}],
                 "confirmation": "Thanks, we have {{contact.email}} on plan {{deal.plan}}.", "notify": "chat:%d"}""".formatted(salesGroup);
        assertThat(api().postJson("/api/v1/sources", """
                {"kind": "TELEGRAM", "key": "%s", "name": "Campaign bot", "stageId": %d, "settings": %s}"""
                .formatted(key, stage, quoted(flow))).statusCode()).isEqualTo(201);
        long user = newTelegramUser();
        String email = Unique.email("deeplink");

        BOT_API.sendText(user, "/start " + key);
        awaitMessage(user, 1, "Your e-mail, please?");
        BOT_API.sendText(user, email);
        TestBotApi.Call plan = awaitMessage(user, 2, "Which plan?");
        BOT_API.sendText(user, "pro");

        awaitMessage(user, 3, "Thanks, we have " + email + " on plan Pro.");
        assertThat(jdbc.queryForMap("""
                SELECT s.source_key, d.stage_id, d.custom_fields FROM deal d JOIN source s ON s.id = d.source_id
                JOIN contact_email e ON e.contact_id = d.contact_id WHERE e.email = ?""", email))
                .containsEntry("source_key", key).containsEntry("stage_id", stage);
        assertThat(plan.buttonTexts()).containsExactly("Basic", "Pro");
        await().atMost(Duration.ofSeconds(15)).until(() -> !BOT_API.sentTo(salesGroup).isEmpty());
        assertThat(BOT_API.lastSentTo(salesGroup).text()).contains(email, "Campaign bot", "autocloud ▸ APRESENTAÇÃO");
    }

    @Test
    void cancelEndsTheConversationAndRestartBeginsItAgain() {
        long user = newTelegramUser();
        BOT_API.sendText(user, "/start");
        awaitMessage(user, 1, "Qual é o seu nome?");
        BOT_API.sendText(user, "João");
        awaitMessage(user, 2, "Qual é o seu e-mail?");

        BOT_API.sendText(user, "/cancel");
        awaitMessage(user, 3, "Cancelled.");
        assertThat(jdbc.queryForObject("SELECT status FROM telegram_conversation WHERE chat_id = ?", String.class, user))
                .isEqualTo("CANCELLED");
        BOT_API.sendText(user, "joao@example.com");
        awaitMessage(user, 4, "Send /start");

        BOT_API.sendText(user, "/restart");
        awaitMessage(user, 5, "Qual é o seu nome?");
        assertThat(jdbc.queryForMap("SELECT status, step_index, answers FROM telegram_conversation WHERE chat_id = ?", user))
                .containsEntry("status", "ACTIVE").containsEntry("step_index", 0).containsEntry("answers", "{}");
    }

    @Test
    void aPortugueseSpeakingProspectGetsTheBotsOwnTextsInPortugueseAndTheFlowsQuestionsAsWritten() {
        String key = Unique.key("tg-ptbr");
        long stage = jdbc.queryForObject("""
                SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.name = 'autocloud' AND s.name = 'LEAD'""",
                Long.class);
        String flow = """
                {"steps": [{"question": "Seu melhor e-mail?", "answer": "EMAIL", "fills": "contact.email"}],
                 "confirmation": "Valeu!", "notify": "chat:%d"}""".formatted(-newTelegramUser());
        assertThat(api().postJson("/api/v1/sources", """
                {"kind": "TELEGRAM", "key": "%s", "name": "Bot sem dicas", "stageId": %d, "settings": %s}"""
                .formatted(key, stage, quoted(flow))).statusCode()).isEqualTo(201);
        long user = newTelegramUser();

        BOT_API.sendText(user, "/start " + key, "pt-br");
        awaitMessage(user, 1, "Seu melhor e-mail?");
        BOT_API.sendText(user, "não tenho", "pt-br");
        TestBotApi.Call reAsk = awaitMessage(user, 2, "Isso não parece um endereço de e-mail.");
        assertThat(reAsk.text()).endsWith("Seu melhor e-mail?");
        BOT_API.sendText(user, "/cancel", "pt-br");
        TestBotApi.Call cancelled = awaitMessage(user, 3, "Cancelado. Envie /start para começar de novo.");

        assertThat(cancelled.text()).doesNotContain("Cancelled");
        assertThat(jdbc.queryForObject("SELECT status FROM telegram_conversation WHERE chat_id = ?", String.class, user))
                .isEqualTo("CANCELLED");
    }

    @Test
    void aStrangerWhoseTelegramIsInPortugueseIsGreetedInPortuguese() {
        long user = newTelegramUser();

        BOT_API.sendText(user, "oi", "pt");

        awaitMessage(user, 1, "Olá! Envie /start para nos contar o que você procura.");
    }

    @Test
    void theSourcesApiRefusesABotFlowWithoutAnEmailStepAndStoresNothing() {
        String key = Unique.key("tg-bad");
        var response = api().postJson("/api/v1/sources", """
                {"kind": "TELEGRAM", "key": "%s", "name": "Bad bot", "settings": %s}""".formatted(key,
                quoted("{\"steps\": [{\"question\": \"Name?\", \"answer\": \"TEXT\", \"fills\": \"contact.name\"}], \"confirmation\": \"ok\"}")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("contact.email");
        assertThat(count("SELECT COUNT(*) FROM source WHERE source_key = ?", key)).isZero();
    }

    /** Waits until the chat has received {@code n} messages, the last one containing the text. */
    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
