package com.leadwire.admin.deal;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.leadwire.admin.DealDetailView;
import com.leadwire.automation.timers.Timers;
import com.leadwire.contacts.ContactDetails;
import com.leadwire.intake.Channel;
import com.leadwire.intake.IntakeEvent;
import com.leadwire.intake.IntakeService;
import com.leadwire.pipeline.DealRequest;
import com.leadwire.tasks.Tasks;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.KaribuPanel;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TelegramTestSupport;
import com.leadwire.testsupport.TestBotApi;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** With the bot on (the stub Bot API): the deal page writes to the prospect, and a due task reaches its owner's chat. */
class DealTelegramIntegrationTests extends TelegramTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    IntakeService intake;

    @Autowired
    Team team;

    @Autowired
    Tasks tasks;

    @Autowired
    Timers timers;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void startPanel() {
        KaribuPanel.start(context);
    }

    @AfterEach
    void stopPanel() {
        KaribuPanel.stop();
    }

    /** A lead whose contact is the Telegram user, as the bot's flow leaves it. */
    private long leadOf(long telegramUser) {
        return intake.accept(new IntakeEvent(Channel.TELEGRAM, "telegram-leads", "page-" + Unique.suffix(), null,
                new ContactDetails(Unique.email("paula"), "Paula Prospect", null, null, null, Map.of(), null, telegramUser),
                new DealRequest(null, null, null, List.of(), null, null, null, Map.of("platform", "autocloud"), null), "test")).dealId();
    }

    /** The bot's message to the chat that holds the text (a linked rep also gets the cards of new leads). */
    private static TestBotApi.Call awaitSent(long chat, String text) {
        await().atMost(Duration.ofSeconds(15)).until(() -> BOT_API.sentTo(chat).stream().anyMatch(call -> call.text().contains(text)));
        return BOT_API.sentTo(chat).stream().filter(call -> call.text().contains(text)).findFirst().orElseThrow();
    }

    @Test
    void aMessageWrittenOnTheDealPageReachesTheProspectAndBothSidesAreOnTheTimeline() {
        long prospect = newTelegramUser();
        long dealId = leadOf(prospect);
        BOT_API.sendText(prospect, "Vocês atendem em Recife?");
        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM deal_message WHERE deal_id = ?", dealId) == 1);
        KaribuPanel.login(context, "admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);
        TelegramReplySection section = _get(TelegramReplySection.class);

        _setValue(section.text, "Sim, atendemos em todo o Brasil.");
        _click(section.send);

        expectNotifications("Message queued for the prospect's Telegram.");
        assertThat(awaitSent(prospect, "Sim, atendemos em todo o Brasil.").text()).isEqualTo("Sim, atendemos em todo o Brasil.");
        String page = _get(DealDetailView.class).getElement().getTextRecursively();
        assertThat(page).contains("Telegram from the prospect: Vocês atendem em Recife?",
                "Telegram to the prospect: Sim, atendemos em todo o Brasil.");
        assertThat(count("SELECT COUNT(*) FROM deal_message WHERE deal_id = ? AND direction = 'OUT' AND rep_user_id IS NOT NULL", dealId))
                .isEqualTo(1);
    }

    @Test
    void aContactThatNeverTalkedToTheBotCannotBeWrittenTo() {
        long dealId = intake.accept(new IntakeEvent(Channel.API, null, "page-" + Unique.suffix(), null,
                new ContactDetails(Unique.email("semtelegram"), "Sem Telegram", null, null, null, Map.of(), null, null),
                new DealRequest(null, null, null, List.of(), null, null, null, Map.of(), null), "test")).dealId();
        KaribuPanel.login(context, "admin", "admin-test-password");
        UI.getCurrent().navigate("deals/" + dealId);
        TelegramReplySection section = _get(TelegramReplySection.class);

        _setValue(section.text, "Olá?");
        _click(section.send);

        expectNotifications("This contact has not talked to the bot: there is no Telegram chat to write to.");
        assertThat(count("SELECT COUNT(*) FROM deal_message WHERE deal_id = ?", dealId)).isZero();
    }

    @Test
    void aDueTaskRemindsItsOwnerInTheirTelegramChat() {
        long chat = newTelegramUser();
        String username = Unique.key("rep");
        TeamMember owner = team.add(username, "Rep " + username, null, Role.REP, null);
        team.linkTelegram(owner.id(), chat);
        long dealId = leadOf(newTelegramUser());
        String title = Unique.key("Mandar contrato");
        tasks.add(dealId, title, clock.instant().plus(Duration.ofHours(1)), owner.id(), "test");

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        timers.fireDue();

        TestBotApi.Call reminder = awaitSent(chat, "Task due: " + title);
        assertThat(reminder.text()).contains("deal #" + dealId);
        team.unlinkTelegram(owner.id());
    }
}
