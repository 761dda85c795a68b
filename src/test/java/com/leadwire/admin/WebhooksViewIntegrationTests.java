package com.leadwire.admin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.webhooks.WebhookDeliveries;
import com.leadwire.automation.webhooks.WebhookDeliveryStatus;
import com.leadwire.automation.webhooks.WebhookDeliveryView;
import com.leadwire.automation.webhooks.WebhookDraft;
import com.leadwire.automation.webhooks.WebhookEvent;
import com.leadwire.automation.webhooks.WebhookSubscriptionView;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestWebhookReceiver;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;

@OnH2
class WebhooksViewIntegrationTests extends PanelTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    WebhookSubscriptions subscriptions;

    @Autowired
    WebhookDeliveries deliveries;

    private final List<TestWebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void removeWebhooks() {
        subscriptions.all().forEach(subscription -> subscriptions.delete(subscription.id(), "test"));
        receivers.forEach(TestWebhookReceiver::close);
    }

    private TestWebhookReceiver receiver() {
        TestWebhookReceiver receiver = TestWebhookReceiver.started();
        receivers.add(receiver);
        return receiver;
    }

    private WebhooksView openedAsAdmin() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("webhooks");
        return _get(WebhooksView.class);
    }

    private WebhookSubscriptionView subscribed(TestWebhookReceiver receiver, String name) {
        return subscriptions.create(new WebhookDraft(name, null, receiver.url(), Set.of(WebhookEvent.DEAL_CREATED), true), null, "test")
                .subscription();
    }

    private void newDeal(String email) {
        assertThat(ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", ApiClient.dealJson(null, email, "Painel", null))
                .statusCode()).isEqualTo(201);
    }

    private List<WebhookDeliveryView> shownDeliveries(WebhooksView view) {
        return view.deliveries.getListDataView().getItems().toList();
    }

    @Test
    void aNewWebhookIsListedAndItsSecretIsShownOnceInADialog() {
        TestWebhookReceiver receiver = receiver();
        WebhooksView view = openedAsAdmin();

        _click(view.create);
        _setValue(view.dialog.url, receiver.url());
        _setValue(view.dialog.name, "CRM da loja");
        _setValue(view.dialog.events, Set.of(WebhookEvent.DEAL_CREATED, WebhookEvent.DEAL_WON));
        _click(view.dialog.save);

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(view.secretDialog.isOpened()).isTrue();
        String secret = _get(view.secretDialog, TextField.class).getValue();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        WebhookSubscriptionView created = view.grid.asSingleSelect().getValue();
        assertThat(created.url()).isEqualTo(receiver.url());
        assertThat(created.events()).containsExactly(WebhookEvent.DEAL_CREATED, WebhookEvent.DEAL_WON);
        assertThat(view.noDeliveries.isVisible()).isTrue();
        assertThat(view.replayAll.isEnabled()).isFalse();
        assertThat(created.toString()).doesNotContain(secret);
    }

    @Test
    void aWebhookWithoutEventsOrWithABadUrlIsRefusedOnItsField() {
        WebhooksView view = openedAsAdmin();
        _click(view.create);

        _setValue(view.dialog.url, "ftp://example.com/hook");
        _setValue(view.dialog.events, Set.of(WebhookEvent.DEAL_CREATED));
        _click(view.dialog.save);
        assertThat(view.dialog.url.isInvalid()).isTrue();
        assertThat(view.dialog.url.getErrorMessage()).startsWith("Check the URL:");

        _setValue(view.dialog.url, receiver().url());
        _setValue(view.dialog.events, Set.of());
        _click(view.dialog.save);
        assertThat(view.dialog.url.isInvalid()).isFalse();
        assertThat(view.dialog.events.isInvalid()).isTrue();
        assertThat(view.dialog.events.getErrorMessage()).isEqualTo("Choose at least one event.");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(subscriptions.all()).isEmpty();
    }

    @Test
    void aFailedDeliveryIsShownAndCanBeReplayedOneByOneOrAllTogether() {
        TestWebhookReceiver receiver = receiver();
        receiver.answer(410, 410);
        WebhookSubscriptionView subscription = subscribed(receiver, "Falha");
        newDeal(Unique.email("painel-1"));
        newDeal(Unique.email("painel-2"));
        await().atMost(PATIENCE).until(() -> deliveries.deadCount(subscription.id()) == 2);
        WebhooksView view = openedAsAdmin();

        view.grid.select(subscription);
        assertThat(view.deliveriesTitle.getText()).isEqualTo("Deliveries to Falha");
        assertThat(shownDeliveries(view)).extracting(WebhookDeliveryView::status).containsOnly(WebhookDeliveryStatus.DEAD);
        assertThat(shownDeliveries(view).get(0).lastStatusCode()).isEqualTo(410);
        _click((Button) _getCellComponent(view.deliveries, 0, "replay"));
        expectNotifications("Delivery queued again");
        await().atMost(PATIENCE).until(() -> deliveries.deadCount(subscription.id()) == 1 && deliveries.ofSubscription(subscription.id(), 10)
                .stream().anyMatch(delivery -> delivery.status() == WebhookDeliveryStatus.DELIVERED));

        view.grid.select(null);
        view.grid.select(subscriptions.find(subscription.id()).orElseThrow());
        _click(view.replayAll);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).isEqualTo("One failed delivery will be sent again, each signed afresh.");
        _fireConfirm(confirm);
        expectNotifications("One delivery queued again");
        await().atMost(PATIENCE).until(() -> deliveries.ofSubscription(subscription.id(), 10).stream()
                .allMatch(delivery -> delivery.status() == WebhookDeliveryStatus.DELIVERED));
    }

    @Test
    void rotatingTheSecretAsksFirstThenShowsTheNewOneOnce() {
        WebhookSubscriptionView subscription = subscribed(receiver(), "Rotação");
        WebhooksView view = openedAsAdmin();
        view.grid.select(subscription);

        _click(view.rotate);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(view.secretDialog.isOpened()).isTrue();
        assertThat(_get(view.secretDialog, TextField.class).getValue()).startsWith("whsec_");
    }

    @Test
    void deletingAsksFirst() {
        WebhookSubscriptionView subscription = subscribed(receiver(), "Apagar");
        WebhooksView view = openedAsAdmin();
        view.grid.select(subscription);

        _click(view.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_getText(confirm)).contains(subscription.url());
        assertThat(subscriptions.find(subscription.id())).isPresent();
        _fireConfirm(confirm);

        assertThat(subscriptions.find(subscription.id())).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.selected.isVisible()).isFalse();
    }

    @Test
    void inPortugueseTheEventsAndStatusesAreTranslated() {
        subscribed(receiver(), "Português");
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(PanelTranslations.PORTUGUESE);
        UI.getCurrent().navigate("webhooks");
        WebhooksView view = _get(WebhooksView.class);

        _click(view.create);

        assertThat(view.dialog.events.getItemLabelGenerator().apply(WebhookEvent.DEAL_CREATED)).isEqualTo("Negócio criado");
        assertThat(view.dialog.url.getLabel()).isEqualTo("URL");
        assertThat(view.create.getText()).isEqualTo("Novo webhook");
    }

    @Test
    void withoutWebhooksTheViewSaysHowToAddOne() {
        WebhookSubscriptions none = mock(WebhookSubscriptions.class);
        when(none.all()).thenReturn(List.of());
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.getPrincipalName()).thenReturn(Optional.of("admin"));

        WebhooksView view = new WebhooksView(none, mock(WebhookDeliveries.class), authentication);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("New webhook");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.selected.isVisible()).isFalse();
    }
}
