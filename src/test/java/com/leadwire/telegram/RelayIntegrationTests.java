package com.leadwire.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.contacts.ContactDetails;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeResult;
import com.leadwire.intake.IntakeService;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;

/** After the lead: prospect ↔ responsible rep through the bot, on the deal's timeline. */
class RelayIntegrationTests extends LinkedRepsTestSupport {


    @Autowired
    IntakeService intake;

    @Autowired
    DealMessages timeline;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    private final List<ProspectMessageReceived> published = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>> recorder =
            event -> {
                if (event.getPayload() instanceof ProspectMessageReceived received) {
                    published.add(received);
                }
            };


    @BeforeEach
    void recordPublishedMessages() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopRecording() {
        context.getBean(org.springframework.context.event.ApplicationEventMulticaster.class).removeApplicationListener(recorder);
    }

    @Test
    void aProspectsMessageReachesTheResponsibleRepAndTheRepsReplyReachesTheProspect() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        long prospect = newTelegramUser();
        long deal = leadOf(prospect, rep.member().username());

        BOT_API.sendText(prospect, "Olá, qual é o preço do plano anual?");
        await().atMost(Duration.ofSeconds(20)).until(() -> BOT_API.sentTo(rep.chatId()).stream()
                .anyMatch(call -> call.text().contains("qual é o preço do plano anual?")));
        TestBotApi.Call relayed = BOT_API.sentTo(rep.chatId()).stream()
                .filter(call -> call.text().contains("qual é o preço")).findFirst().orElseThrow();
        assertThat(relayed.text()).contains("Paula Prospect", "deal #" + deal);
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.dealId()).isEqualTo(deal);
            assertThat(event.telegramUserId()).isEqualTo(prospect);
            assertThat(event.text()).isEqualTo("Olá, qual é o preço do plano anual?");
        });
        await().until(() -> count("SELECT COUNT(*) FROM deal_message WHERE deal_id = ? AND rep_message_id IS NOT NULL", deal) == 1);

        BOT_API.replyTo(rep.chatId(), relayed.messageId(), "O plano anual custa R$ 1.200.");

        await().atMost(Duration.ofSeconds(20)).until(() -> BOT_API.sentTo(prospect).stream()
                .anyMatch(call -> call.text().equals("O plano anual custa R$ 1.200.")));
        List<DealMessageView> messages = timeline.of(deal);
        assertThat(messages).extracting(DealMessageView::direction, DealMessageView::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DealMessageView.Direction.IN, "Olá, qual é o preço do plano anual?"),
                org.assertj.core.groups.Tuple.tuple(DealMessageView.Direction.OUT, "O plano anual custa R$ 1.200."));
        assertThat(messages.get(1).repUserId()).isEqualTo(rep.member().id());
    }

    @Test
    void aRepsReplyOnADealHandedToAnotherRepMeanwhileIsRefusedAndNotSent() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        TelegramReps.Rep next = reps.linkedRep(BOT_API, newTelegramUser());
        long prospect = newTelegramUser();
        long deal = leadOf(prospect, rep.member().username());
        BOT_API.sendText(prospect, "Ainda tem vaga?");
        await().atMost(Duration.ofSeconds(20)).until(() -> BOT_API.sentTo(rep.chatId()).stream()
                .anyMatch(call -> call.text().contains("Ainda tem vaga?")));
        TestBotApi.Call relayed = BOT_API.sentTo(rep.chatId()).stream()
                .filter(call -> call.text().contains("Ainda tem vaga?")).findFirst().orElseThrow();
        await().until(() -> count("SELECT COUNT(*) FROM deal_message WHERE deal_id = ? AND rep_message_id IS NOT NULL", deal) == 1);
        assertThat(api().put("/api/v1/deals/" + deal + "/responsible", "{\"userId\": " + next.member().id() + "}").statusCode())
                .isEqualTo(200);
        int before = BOT_API.sentTo(rep.chatId()).size();

        BOT_API.replyTo(rep.chatId(), relayed.messageId(), "Tem sim!");

        // the deal's card may reach the rep in between, so the refusal is looked for among what came after
        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.sentTo(rep.chatId()).stream().skip(before)
                .anyMatch(call -> call.text().equals("This deal is someone else's.")));
        assertThat(timeline.of(deal)).extracting(DealMessageView::text).containsExactly("Ainda tem vaga?");
        assertThat(BOT_API.sentTo(prospect)).noneMatch(call -> call.text().equals("Tem sim!"));
    }

    @Test
    void aRepMessageThatRepliesToNothingRelayedIsNotSentToAnyProspect() {
        TelegramReps.Rep rep = reps.linkedRep(BOT_API, newTelegramUser());
        int before = BOT_API.sentTo(rep.chatId()).size();

        BOT_API.sendText(rep.chatId(), "hello?");

        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.sentTo(rep.chatId()).size() > before);
        assertThat(BOT_API.lastSentTo(rep.chatId()).text()).contains("reply to their relayed message");
    }

    @Test
    void aMessageOnADealWithoutALinkedRepIsKeptOnTheTimelineOnly() {
        long prospect = newTelegramUser();
        long deal = leadOf(prospect, null);

        BOT_API.sendText(prospect, "Alguém aí?");

        await().atMost(Duration.ofSeconds(15)).until(() -> !timeline.of(deal).isEmpty());
        assertThat(timeline.of(deal)).extracting(DealMessageView::text).containsExactly("Alguém aí?");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND idempotency_key LIKE 'telegram-relay-in:%'", deal))
                .isZero();
    }

    /** A lead whose contact is linked to the Telegram user (as the bot's flow leaves it), optionally with a responsible rep. */
    private long leadOf(long telegramUser, String responsible) {
        IntakeResult result = intake.accept(new IntakeEvent(Channel.TELEGRAM, "telegram-leads", "relay-" + Unique.suffix(), null,
                new ContactDetails(Unique.email("paula"), "Paula Prospect", null, null, null, Map.of(), null, telegramUser),
                new DealRequest(null, null, null, List.of(), null, null, responsible, Map.of("platform", "autocloud"), null),
                "test"));
        return result.dealId();
    }
}
