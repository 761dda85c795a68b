package com.leadwire.admin.ops;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxEntry;
import com.leadwire.outbox.OutboxState;
import com.leadwire.shared.SequenceIds;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestOutboxMessages;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;

@OnH2
class OutboxViewIntegrationTests extends PanelTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    SequenceIds ids;

    private TestOutboxMessages messages;

    @BeforeEach
    void messages() {
        messages = new TestOutboxMessages(jdbc, ids);
    }

    private OutboxView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("outbox");
        return _get(OutboxView.class);
    }

    private static List<OutboxEntry> shown(OutboxView view) {
        return _fetch(view.grid, 0, 500);
    }

    private static int rowOf(OutboxView view, long id) {
        List<OutboxEntry> rows = shown(view);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("message " + id + " is not shown");
    }

    @Test
    void messagesAreFilteredByStateAndChannelWithTheirRecipientAttemptsAndLastError() {
        String tag = Unique.suffix();
        long dead = messages.dead("dead-" + tag + "@example.com", "550 mailbox unknown");
        long failed = messages.row("WEBHOOK", "https://hooks.example.com/" + tag, "PENDING", 3, "503 Service Unavailable");
        long sent = messages.row("MAIL", "sent-" + tag + "@example.com", "SENT", 1, null);
        long pending = messages.row("TELEGRAM", "chat-" + tag, "PENDING", 0, null);
        OutboxView view = opened();

        assertThat(shown(view)).extracting(OutboxEntry::id).contains(dead, failed, sent, pending);

        _setValue(view.state, OutboxState.DEAD);
        assertThat(shown(view)).extracting(OutboxEntry::state).containsOnly(OutboxState.DEAD);
        assertThat(shown(view)).extracting(OutboxEntry::id).contains(dead).doesNotContain(failed, sent, pending);
        int row = rowOf(view, dead);
        assertThat(_getFormatted(view.grid, row, "recipient")).isEqualTo("dead-" + tag + "@example.com");
        assertThat(_getFormatted(view.grid, row, "attempts")).isEqualTo("8");
        assertThat(_getFormatted(view.grid, row, "lastError")).isEqualTo("550 mailbox unknown");
        assertThat(_getFormatted(view.grid, row, "channel")).isEqualTo("E-mail");

        _setValue(view.state, OutboxState.FAILED);
        _setValue(view.channel, OutboxChannel.WEBHOOK);
        assertThat(shown(view)).extracting(OutboxEntry::channel).containsOnly(OutboxChannel.WEBHOOK);
        assertThat(shown(view)).extracting(OutboxEntry::id).contains(failed).doesNotContain(dead, sent, pending);
        assertThat(_getFormatted(view.grid, rowOf(view, failed), "nextAttempt")).isNotBlank();

        _setValue(view.state, OutboxState.PENDING);
        _setValue(view.channel, OutboxChannel.TELEGRAM);
        assertThat(shown(view)).extracting(OutboxEntry::id).contains(pending).doesNotContain(dead, failed, sent);
        assertThat(_getCellComponent(view.grid, rowOf(view, pending), "retry")).isNotInstanceOf(Button.class);

        _setValue(view.state, OutboxState.SENT);
        _setValue(view.channel, null);
        assertThat(shown(view)).extracting(OutboxEntry::id).contains(sent).doesNotContain(dead, failed, pending);
        assertThat(view.summary.getText()).startsWith("Waiting: ").contains(" · dead: ");
    }

    @Test
    void aDeadMessageIsRetriedFromTheListAndSent() {
        String to = Unique.email("retried-dead");
        long dead = messages.dead(to, "connection refused");
        OutboxView view = opened();
        _setValue(view.state, OutboxState.DEAD);

        _click((Button) _getCellComponent(view.grid, rowOf(view, dead), "retry"));

        expectNotifications("Message queued again with a fresh set of attempts.");
        assertThat(shown(view)).extracting(OutboxEntry::id).doesNotContain(dead);
        await().atMost(PATIENCE).until(() -> messages.status(dead).equals("SENT"));
        assertThat(TestSmtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void aFailedMessageWaitingForItsNextAttemptIsTriedNow() {
        String to = Unique.email("retried-failed");
        long failed = messages.failed(to, 2, "421 try again later");
        OutboxView view = opened();
        _setValue(view.state, OutboxState.FAILED);
        _setValue(view.channel, OutboxChannel.MAIL);

        _click((Button) _getCellComponent(view.grid, rowOf(view, failed), "retry"));

        expectNotifications("The message will be tried again now.");
        await().atMost(PATIENCE).until(() -> messages.status(failed).equals("SENT"));
        assertThat(TestSmtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void aMessageSentMeanwhileIsNotRetriedAndThePersonIsTold() {
        long dead = messages.dead(Unique.email("gone"), "boom");
        OutboxView view = opened();
        _setValue(view.state, OutboxState.DEAD);
        Button retry = (Button) _getCellComponent(view.grid, rowOf(view, dead), "retry");
        jdbc.update("UPDATE outbox_message SET status = 'SENT' WHERE id = ?", dead);

        _click(retry);

        expectNotifications("This message can no longer be retried: it was sent or retried meanwhile.");
        assertThat(messages.status(dead)).isEqualTo("SENT");
    }

    @Test
    void theOutboxSpeaksPortuguese() {
        long dead = messages.dead(Unique.email("portugues"), "recusado");
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("outbox");
        OutboxView view = _get(OutboxView.class);
        _setValue(view.state, OutboxState.DEAD);

        assertThat(_get(view, H2.class).getText()).isEqualTo("Caixa de saída");
        assertThat(view.state.getLabel()).isEqualTo("Situação");
        assertThat(view.summary.getText()).startsWith("Aguardando: ");
        assertThat(((Button) _getCellComponent(view.grid, rowOf(view, dead), "retry")).getText()).isEqualTo("Tentar de novo");
        assertThat(view.grid.getColumnByKey("lastError").getHeaderText()).isEqualTo("Último erro");
    }
}
