package com.leadwire.admin.ops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.webhooks.WebhookDeliveries;
import com.leadwire.automation.webhooks.WebhookDraft;
import com.leadwire.automation.webhooks.WebhookEvent;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.shared.SequenceIds;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestOutboxMessages;
import com.leadwire.testsupport.TestWebhookReceiver;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

@OnH2
class ChannelHealthViewIntegrationTests extends PanelTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    WebhookSubscriptions subscriptions;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    SequenceIds ids;

    private final List<TestWebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> deadMessages = new ArrayList<>();

    @BeforeEach
    void noWebhooks() {
        subscriptions.all().forEach(subscription -> subscriptions.delete(subscription.id(), "test"));
    }

    @AfterEach
    void cleanUp() {
        subscriptions.all().forEach(subscription -> subscriptions.delete(subscription.id(), "test"));
        receivers.forEach(TestWebhookReceiver::close);
        // a dead message left behind would turn other tests' outbox health to a warning
        deadMessages.forEach(id -> jdbc.update("UPDATE outbox_message SET status = 'SENT' WHERE id = ?", id));
    }

    private WebhookSubscriptionView subscribed(String name, int... answers) {
        TestWebhookReceiver receiver = TestWebhookReceiver.started();
        receivers.add(receiver);
        if (answers.length > 0) {
            receiver.answer(answers);
        }
        return subscriptions.create(new WebhookDraft(name, null, receiver.url(), Set.of(WebhookEvent.DEAL_CREATED), true), null, "test")
                .subscription();
    }

    private ChannelHealthView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("health");
        return _get(ChannelHealthView.class);
    }

    private static Div card(ChannelHealthView view, String title) {
        return view.cards.stream().filter(card -> card.getElement().getTextRecursively().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
    }

    private static String badge(Div card) {
        return _find(card, Span.class).stream().filter(span -> span.getElement().getThemeList().contains("badge")
                || span.getElement().getThemeList().stream().anyMatch(theme -> theme.startsWith("badge"))).findFirst()
                .orElseThrow(() -> new AssertionError("no badge in " + text(card))).getText();
    }

    private static String text(Div card) {
        return card.getElement().getTextRecursively();
    }

    @Test
    void aReceiverThatRefusesEveryDeliveryIsAWarningBesideAHealthyOne() {
        WebhookSubscriptionView failing = subscribed("Recusa tudo " + Unique.suffix(), 410, 410);
        WebhookSubscriptionView healthy = subscribed("Recebe tudo " + Unique.suffix());
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals",
                ApiClient.dealJson(null, Unique.email("health"), "Saúde", null)).statusCode()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> deliveries.deadCount(failing.id()) == 1);

        ChannelHealthView view = opened();

        Div bad = card(view, failing.name());
        assertThat(badge(bad)).isEqualTo("Warning");
        assertThat(text(bad)).contains("Dead: 1", "Some deliveries were given up.", "Webhooks page");
        Div good = card(view, healthy.name());
        assertThat(badge(good)).isEqualTo("OK");
        assertThat(text(good)).contains("Dead: 0").doesNotContain("given up");
        assertThat(view.overall.getText()).startsWith("Some channels need attention");
    }

    @Test
    void aCallbackWithAForgedSignatureTurnsItsPaymentSourceToAWarning() {
        var refused = new Http(baseUrl()).header("X-Signature", "sha256=" + "0".repeat(64))
                .postJson("/api/v1/payments/generic/pagamentos", "{\"eventId\": \"" + Unique.key("forged") + "\"}");
        assertThat(refused.statusCode()).isEqualTo(401);

        ChannelHealthView view = opened();

        Div source = card(view, "pagamentos");
        assertThat(badge(source)).isEqualTo("Warning");
        assertThat(text(source)).contains("Signing secret set.", "Callbacks refused for their signature: ",
                "Make the source's signing secret the same as the provider's");
    }

    @Test
    void aDeadMessageMakesTheOutboxAWarningAndTheBotIsOffWithoutAToken() {
        long dead = new TestOutboxMessages(jdbc, ids).dead(Unique.email("health-dead"), "550 no such user");
        deadMessages.add(dead);

        ChannelHealthView view = opened();
        Div outbox = card(view, "Outbox backlog");
        assertThat(badge(outbox)).isEqualTo("Warning");
        assertThat(text(outbox)).contains("Some messages failed for good. Open the Outbox");
        Div bot = card(view, "Telegram bot");
        assertThat(badge(bot)).isEqualTo("Off");
        assertThat(text(bot)).contains("No bot token is set.", "LEADWIRE_TELEGRAM_TOKEN");
        assertThat(text(outbox)).containsPattern("dead: [1-9]");
    }

    @Test
    void theHealthSpeaksPortuguese() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("health");
        ChannelHealthView view = _get(ChannelHealthView.class);

        Div bot = card(view, "Bot do Telegram");
        assertThat(badge(bot)).isEqualTo("Desligado");
        assertThat(text(bot)).contains("Nenhum token de bot configurado.", "O bot está desligado.");
        assertThat(text(card(view, "Fila da caixa de saída"))).contains("Aguardando: ");
    }
}
