package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** Deal cards in the reps' chats, delivered by the real outbox, and the taps on their buttons. */
class DealCardIntegrationTests extends LinkedRepsTestSupport {


    @Autowired
    com.leadwire.intake.IntakeService intake;

    @Autowired
    com.leadwire.testsupport.MovableClock clock;

    @Autowired
    com.leadwire.automation.timers.Timers timers;



    @Test
    void aNewDealReachesTheLinkedRepsAsACardWithItsFactsAndActionButtons() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        String email = Unique.email("carla");

        long deal = createDeal(email, "Carla Card");

        TestBotApi.Call card = awaitCard(rep.chatId(), deal);
        assertThat(card.text()).contains("Carla Card", email, "Leads autocloud®", "autocloud ▸ LEAD", "Loja virtual",
                "Value: 1500 BRL", "just now", "nobody yet");
        assertThat(card.buttonTexts()).containsExactly("🙋 Claim", "Move to ▸", "✅ Won", "❌ Lost", "Open in panel");
        assertThat(card.raw()).contains("\"url\":\"http://leadwire.test/deals/" + deal + "\"");
        assertThat(count("SELECT COUNT(*) FROM telegram_callback_key")).as("the signing key generated once for this install").isEqualTo(1);
        assertThat(card.buttonData()).allSatisfy(data -> {
            if (data != null) {
                assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
            }
        });
    }

    @Test
    void claimMoveAndWonChangeTheDealRecordItsHistoryAndEditTheCardInPlace() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("flow"), "Fábio Fluxo");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);
        int message = card.messageId();

        String claimed = pressAndAwait(rep, message, card.button("Claim"));
        assertThat(claimed).isEqualTo("It is yours.");
        assertThat(deal(deal)).containsEntry("responsible_user_id", rep.member().id());
        TestBotApi.Call afterClaim = latest(rep.chatId(), message);
        assertThat(afterClaim.text()).contains("Responsible: " + rep.member().displayName());
        assertThat(afterClaim.buttonTexts()).doesNotContain("🙋 Claim");

        pressAndAwait(rep, message, afterClaim.button("Move to"));
        TestBotApi.Call menu = latest(rep.chatId(), message);
        assertThat(menu.buttonTexts()).contains("▸ APRESENTAÇÃO", "▸ CREDENCIAMENTO", "◂ Back").doesNotContain("▸ LEAD");
        assertThat(pressAndAwait(rep, message, menu.button("APRESENTAÇÃO"))).isEqualTo("Moved.");
        assertThat(deal(deal)).containsEntry("stage", "APRESENTAÇÃO");
        TestBotApi.Call moved = latest(rep.chatId(), message);
        assertThat(moved.text()).contains("autocloud ▸ APRESENTAÇÃO");

        pressAndAwait(rep, message, moved.button("Won"));
        assertThat(deal(deal)).containsEntry("stage", "CLIENTE");
        assertThat(latest(rep.chatId(), message).text()).startsWith("✅ Won");
        assertThat(latest(rep.chatId(), message).buttonTexts()).containsExactly("Open in panel");
        assertThat(jdbc.queryForList("""
                SELECT s.name FROM deal_history h JOIN stage s ON s.id = h.to_stage_id
                WHERE h.deal_id = ? AND h.actor = ? ORDER BY h.id""", String.class, deal, "telegram:" + rep.member().username()))
                .containsExactly("APRESENTAÇÃO", "CLIENTE");
        assertThat(jdbc.queryForList("SELECT note FROM deal_history WHERE deal_id = ? AND actor = ? ORDER BY id", String.class,
                deal, "telegram:" + rep.member().username())).as("the cause of each move").containsExactly("telegram", "telegram: won");
    }

    @Test
    void lostAsksForAReasonAndRecordsIt() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("lost"), "Lúcia Lost");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);

        pressAndAwait(rep, card.messageId(), card.button("Lost"));
        TestBotApi.Call reasons = latest(rep.chatId(), card.messageId());
        assertThat(reasons.buttonTexts()).contains("Sem interesse", "Preço", "Concorrente", "Sem resposta", "◂ Back");
        pressAndAwait(rep, card.messageId(), reasons.button("Preço"));

        assertThat(deal(deal)).containsEntry("stage", "SEM INTERESSE").containsEntry("lost_reason", "Preço");
        assertThat(latest(rep.chatId(), card.messageId()).text()).startsWith("❌ Lost").contains("Reason: Preço");
    }

    @Test
    void aForgedPressIsRefusedAndChangesNothing() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        TelegramReps.Rep other = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("forged"), "Fred Forged");
        long anotherDeal = createDeal(Unique.email("forged2"), "Fiona Forged");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);
        awaitCard(rep.chatId(), anotherDeal);
        String won = card.button("Won");

        String otherDealData = won.replace(":" + Long.toString(deal, 36) + ":", ":" + Long.toString(anotherDeal, 36) + ":");
        assertThat(pressAndAwait(rep, card.messageId(), otherDealData)).isEqualTo("This button is not valid.");
        assertThat(pressAndAwait(rep, card.messageId(), "c:W:1:1::AAAAAAAAAAA")).isEqualTo("This button is not valid.");
        assertThat(pressAndAwait(other, card.messageId(), won)).isEqualTo("This button is not valid.");

        assertThat(deal(deal)).containsEntry("stage", "LEAD");
        assertThat(deal(anotherDeal)).containsEntry("stage", "LEAD");
        assertThat(BOT_API.editsIn(rep.chatId(), card.messageId())).isEmpty();
    }

    @Test
    void aPressOnACardThatNoLongerShowsTheDealsStageIsRefused() throws Exception {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("stale"), "Sérgio Stale");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);
        long presentation = stageId("autocloud", "APRESENTAÇÃO");
        assertThat(api().postJson("/api/v1/deals/" + deal + "/move", "{\"stageId\": " + presentation + "}").statusCode())
                .isEqualTo(200);

        assertThat(pressAndAwait(rep, card.messageId(), card.button("Won"))).contains("out of date").contains("APRESENTAÇÃO");

        assertThat(deal(deal)).containsEntry("stage", "APRESENTAÇÃO");
        assertThat(latest(rep.chatId(), card.messageId()).text()).contains("autocloud ▸ APRESENTAÇÃO");
    }

    @Test
    void aMoveTheStagesEntryRequirementsRefuseSaysWhichOneInTheRepsLanguage() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("requisito"), "Rita Requisito");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);
        pressAndAwait(rep, card.messageId(), card.button("Move to"));
        TestBotApi.Call menu = latest(rep.chatId(), card.messageId());

        assertThat(pressAndAwait(rep, card.messageId(), menu.button("AVALIAÇÃO")))
                .isEqualTo("Not moved: AVALIAÇÃO can only be entered from CREDENCIAMENTO.");
        assertThat(pressAndAwait(rep, card.messageId(), menu.button("AVALIAÇÃO"), "pt-BR"))
                .isEqualTo("Não movido: um negócio só entra em AVALIAÇÃO vindo de CREDENCIAMENTO.");
        assertThat(deal(deal)).containsEntry("stage", "LEAD");
    }

    @Test
    void aRepCannotActOnADealAnotherRepClaimed() {
        TelegramReps.Rep first = reps.linkedRep(BOT_API, newTelegramUser());
        TelegramReps.Rep second = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("mine"), "Mina Mine");
        TestBotApi.Call firstCard = awaitCard(first.chatId(), deal);
        TestBotApi.Call secondCard = awaitCard(second.chatId(), deal);

        pressAndAwait(first, firstCard.messageId(), firstCard.button("Claim"));

        assertThat(pressAndAwait(second, secondCard.messageId(), secondCard.button("Won"))).isEqualTo("This deal is someone else's.");
        assertThat(deal(deal)).containsEntry("stage", "LEAD").containsEntry("responsible_user_id", first.member().id());
    }

    @Test
    void aRepTappingADealAnAdminGaveAnotherRepIsRefusedByTheServicesAndNothingIsRecorded() {
        TelegramReps.Rep owner = reps.linkedRep(BOT_API, newTelegramUser());
        TelegramReps.Rep other = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("dono"), "Dora Dona");
        TestBotApi.Call othersCard = awaitCard(other.chatId(), deal);
        assertThat(api().put("/api/v1/deals/" + deal + "/responsible", "{\"userId\": " + owner.member().id() + "}").statusCode())
                .isEqualTo(200);
        long historyBefore = count("SELECT COUNT(*) FROM deal_history WHERE deal_id = ?", deal);

        assertThat(pressAndAwait(other, othersCard.messageId(), othersCard.button("Claim"))).isEqualTo("This deal is someone else's.");
        assertThat(pressAndAwait(other, othersCard.messageId(), othersCard.button("Won"))).isEqualTo("This deal is someone else's.");
        assertThat(pressAndAwait(other, othersCard.messageId(), othersCard.button("Won"), "pt-br")).isEqualTo("Este negócio é de outra pessoa.");

        assertThat(deal(deal)).containsEntry("stage", "LEAD").containsEntry("responsible_user_id", owner.member().id());
        assertThat(count("SELECT COUNT(*) FROM deal_history WHERE deal_id = ?", deal)).isEqualTo(historyBefore);
        assertThat(count("SELECT COUNT(*) FROM deal_change WHERE deal_id = ? AND what = 'claim'", deal)).isZero();
    }

    @Test
    void aRepWhoseTelegramIsInPortugueseGetsPortugueseAnswersLabelsAndButtonsOnTheCard() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("pt"), "Paula Português");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);

        assertThat(pressAndAwait(rep, card.messageId(), card.button("Claim"), "pt-br")).isEqualTo("Agora é seu.");
        TestBotApi.Call claimed = latest(rep.chatId(), card.messageId());
        assertThat(claimed.text()).startsWith("🆕 Negócio #" + deal + ": ")
                .contains("📥 Origem: Leads autocloud®", "🛒 Produtos: Loja virtual", "💰 Valor: 1500", "⏱ Criado: agora mesmo",
                        "🙋 Responsável: " + rep.member().displayName());
        assertThat(claimed.buttonTexts()).containsExactly("Mover para ▸", "✅ Ganho", "❌ Perdido", "Abrir no painel");

        assertThat(pressAndAwait(rep, card.messageId(), claimed.button("Perdido"), "pt-br")).isEqualTo("Por que foi perdido?");
        TestBotApi.Call reasons = latest(rep.chatId(), card.messageId());
        assertThat(reasons.buttonTexts()).as("the lost reasons as configured")
                .containsExactly("Sem interesse", "Preço", "Concorrente", "Sem resposta", "◂ Voltar", "Abrir no painel");
        assertThat(pressAndAwait(rep, card.messageId(), reasons.button("Concorrente"), "pt-br")).isEqualTo("Marcado como perdido.");
        assertThat(latest(rep.chatId(), card.messageId()).text()).startsWith("❌ Perdido: ").contains("Motivo: Concorrente");
        assertThat(deal(deal)).containsEntry("stage", "SEM INTERESSE").containsEntry("lost_reason", "Concorrente");
    }

    @Test
    void aPressFromAnUnlinkedChatIsRefusedInItsLanguage() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long deal = createDeal(Unique.email("stranger"), "Estela Estranha");
        TestBotApi.Call card = awaitCard(rep.chatId(), deal);
        TelegramReps.Rep stranger = new TelegramReps.Rep(rep.member(), newTelegramUser());

        assertThat(pressAndAwait(stranger, card.messageId(), card.button("Won"), "pt-BR"))
                .isEqualTo("Só membros da equipe vinculados podem usar estes botões.");
        assertThat(pressAndAwait(stranger, card.messageId(), card.button("Won"), "en"))
                .isEqualTo("Only linked team members can use these buttons.");
        assertThat(deal(deal)).containsEntry("stage", "LEAD");
    }

    @Test
    void importedDealsGetNoCard() {
        reps.linkedRep(BOT_API, newTelegramUser());

        var imported = intake.accept(new com.leadwire.intake.IntakeEvent(com.leadwire.intake.Channel.IMPORT, null,
                Unique.key("import-row"), null, com.leadwire.contacts.ContactDetails.ofEmail(Unique.email("imported"), "Old Lead"),
                null, "import:test"));

        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND channel = 'TELEGRAM'", imported.dealId())).isZero();
        long apiDeal = createDeal(Unique.email("fresh"), "Fresh Lead");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND channel = 'TELEGRAM'", apiDeal)).isPositive();
    }

    @Test
    void twoRulesThatNotifyTheSameRepAboutOneNewDealSendOneCard() throws Exception {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        String marker = Unique.key("dois-avisos");
        long pipeline = jdbc.queryForObject("SELECT id FROM pipeline WHERE name = 'autocloud'", Long.class);
        var rule = api().postJson("/api/v1/rules", """
                {"name": "%s", "trigger": {"type": "DEAL_ENTERED_STAGE", "pipelineId": %d, "stageId": %d},
                 "conditions": {"all": [{"field": "deal.fields.campaign", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "NOTIFY_TELEGRAM", "to": ["linked"]}]}""".formatted(marker, pipeline, stageId("autocloud", "LEAD"), marker));
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        try {
            var created = api().postJson("/api/v1/deals", """
                    {"source": "leads-autocloud", "contact": {"email": "%s", "name": "Dois Avisos"},
                     "deal": {"fields": {"campaign": "%s"}}}""".formatted(Unique.email("dois"), marker));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long deal = new ObjectMapper().readTree(created.body()).path("dealId").asLong();

            awaitCard(rep.chatId(), deal);
            assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE deal_id = ? AND outcome = 'FIRED' AND rule_name IN (?, ?)", deal,
                    marker, "Telegram card for every new deal")).as("both rules fired").isEqualTo(2);
            assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND channel = 'TELEGRAM' AND recipient = ?", deal,
                    String.valueOf(rep.chatId()))).as("one card for the rep").isEqualTo(1);
        } finally {
            api().delete("/api/v1/rules/" + new ObjectMapper().readTree(rule.body()).path("id").asLong());
        }
    }

    @Test
    void anIdleRuleRemindsTheResponsibleRepWithTheCard() throws Exception {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        TelegramReps.Rep other = reps.linkedRep(BOT_API, newTelegramUser());
        String marker = Unique.key("lembrete");
        long pipeline = jdbc.queryForObject("SELECT id FROM pipeline WHERE name = 'autocloud'", Long.class);
        var rule = api().postJson("/api/v1/rules", """
                {"name": "%s", "trigger": {"type": "DEAL_IDLE_IN_STAGE", "pipelineId": %d, "stageId": %d, "after": "PT10M"},
                 "conditions": {"all": [{"field": "deal.fields.campaign", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "NOTIFY_TELEGRAM", "to": ["responsible"]}]}""".formatted(marker, pipeline, stageId("autocloud", "LEAD"),
                marker));
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        try {
            var created = api().postJson("/api/v1/deals", """
                    {"source": "leads-autocloud", "contact": {"email": "%s", "name": "Lembrete"},
                     "deal": {"responsible": "%s", "fields": {"campaign": "%s"}}}""".formatted(Unique.email("lembrete"),
                    rep.member().username(), marker));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long deal = new ObjectMapper().readTree(created.body()).path("dealId").asLong();
            awaitCard(rep.chatId(), deal);
            int cardsBefore = BOT_API.sentTo(rep.chatId()).size();

            clock.advance(Duration.ofMinutes(11));
            timers.fireDue();

            await().atMost(Duration.ofSeconds(20)).until(() -> BOT_API.sentTo(rep.chatId()).size() > cardsBefore);
            assertThat(BOT_API.sentTo(rep.chatId()).get(BOT_API.sentTo(rep.chatId()).size() - 1).text()).contains("Deal #" + deal + ":");
            assertThat(BOT_API.sentTo(other.chatId())).noneMatch(call -> call.text().contains("Deal #" + deal + ":"));
        } finally {
            api().delete("/api/v1/rules/" + new ObjectMapper().readTree(rule.body()).path("id").asLong());
        }
    }

    private long createDeal(String email, String name) {
        var response = api().postJson("/api/v1/deals", """
                {"source": "leads-autocloud", "contact": {"email": "%s", "name": "%s"},
                 "deal": {"amount": 1500, "currency": "BRL", "products": ["Loja virtual"]}}""".formatted(email, name));
        assertThat(response.statusCode()).isEqualTo(201);
        try {
            return new ObjectMapper().readTree(response.body()).path("dealId").asLong();
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static TestBotApi.Call awaitCard(long chat, long deal) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> BOT_API.sentTo(chat).stream().anyMatch(call -> call.text().contains("Deal #" + deal + ":")));
        return BOT_API.sentTo(chat).stream().filter(call -> call.text().contains("Deal #" + deal + ":")).findFirst().orElseThrow();
    }

    /** Presses and returns the answerCallbackQuery text. */
    private static String pressAndAwait(TelegramReps.Rep rep, int message, String data) {
        return pressAndAwait(rep, message, data, null);
    }

    private static String pressAndAwait(TelegramReps.Rep rep, int message, String data, String languageCode) {
        long press = BOT_API.press(rep.chatId(), message, data, languageCode);
        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.answerTo(press) != null);
        return BOT_API.answerTo(press);
    }

    /** The card as the rep sees it now: its last edit. */
    private static TestBotApi.Call latest(long chat, int message) {
        List<TestBotApi.Call> edits = BOT_API.editsIn(chat, message);
        assertThat(edits).isNotEmpty();
        return edits.get(edits.size() - 1);
    }

    private Map<String, Object> deal(long id) {
        return jdbc.queryForMap("""
                SELECT d.responsible_user_id, d.lost_reason, s.name AS stage FROM deal d JOIN stage s ON s.id = d.stage_id
                WHERE d.id = ?""", id);
    }

    private long stageId(String pipeline, String stage) {
        return jdbc.queryForObject("""
                SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.name = ? AND s.name = ?""",
                Long.class, pipeline, stage);
    }
}
