package com.leadwire.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.timers.Timers;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;

/**
 * A task that falls due reminds its owner in Telegram through the outbox, fired by the automation
 * timers on the test clock: once, not before it is due, not when it was done meanwhile, and an
 * owner without linked Telegram is recorded as not reachable. Run on H2 and on MariaDB.
 */
abstract class TaskRemindersContract extends IntegrationTestSupport {

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    Tasks tasks;

    @Autowired
    Team team;

    private long dealId;

    @BeforeEach
    void newDeal() {
        dealId = new TestDeals(baseUrl()).newDeal(Unique.email("lembrete"), "Lembrete");
    }

    private TeamMember newRep(boolean linked) {
        String username = Unique.key("rep");
        TeamMember rep = team.add(username, "Rep " + username, null, Role.REP, null);
        return linked ? team.linkTelegram(rep.id(), ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L)) : rep;
    }

    private List<Map<String, Object>> remindersOf(long taskId) {
        return jdbc.queryForList("SELECT recipient, payload, status FROM outbox_message WHERE idempotency_key LIKE ?",
                "task-reminder:" + taskId + ":%");
    }

    @Test
    void aDueTaskRemindsItsLinkedOwnerOnceThroughTheOutbox() {
        TeamMember owner = newRep(true);
        String title = Unique.key("Enviar proposta");
        TaskView task = tasks.add(dealId, title, clock.instant().plus(Duration.ofHours(2)), owner.id(), "test");

        timers.fireDue();
        assertThat(remindersOf(task.id())).as("not before it is due").isEmpty();
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        timers.fireDue();
        timers.fireDue();

        List<Map<String, Object>> reminders = remindersOf(task.id());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).get("recipient")).isEqualTo(String.valueOf(owner.telegramChatId()));
        assertThat((String) reminders.get(0).get("payload")).contains("\"chatId\":" + owner.telegramChatId(), title,
                "#" + dealId);
        assertThat(tasks.find(task.id()).reminder()).isEqualTo(TaskView.Reminder.QUEUED);
        assertThat(count("SELECT deal_id FROM outbox_message WHERE idempotency_key LIKE ?", "task-reminder:" + task.id() + ":%"))
                .isEqualTo(dealId);
    }

    @Test
    void anOwnerWithoutLinkedTelegramIsRecordedAsNotReachable() {
        TeamMember owner = newRep(false);
        TaskView task = tasks.add(dealId, "Ligar", clock.instant().plus(Duration.ofMinutes(30)), owner.id(), "test");

        clock.advance(Duration.ofMinutes(31));
        timers.fireDue();

        assertThat(remindersOf(task.id())).isEmpty();
        TaskView reminded = tasks.find(task.id());
        assertThat(reminded.reminder()).isEqualTo(TaskView.Reminder.UNDELIVERABLE);
        assertThat(reminded.remindedAt()).isNotNull();
    }

    @Test
    void aTaskDoneBeforeItIsDueIsNotReminded() {
        TeamMember owner = newRep(true);
        TaskView task = tasks.add(dealId, "Já feito", clock.instant().plus(Duration.ofMinutes(10)), owner.id(), "test");
        tasks.done(task.id(), "test");

        clock.advance(Duration.ofMinutes(11));
        timers.fireDue();

        assertThat(remindersOf(task.id())).isEmpty();
        assertThat(tasks.find(task.id()).reminder()).isNull();
        assertThat(count("SELECT COUNT(*) FROM automation_timer WHERE task_id = ? AND status = 'FIRED'", task.id())).isEqualTo(1);
    }

    @Test
    void aTaskTimerIsNotOneOfTheDealsRuleTimers() {
        TaskView task = tasks.add(dealId, "Só a tarefa", clock.instant().plus(Duration.ofDays(1)), newRep(true).id(), "test");

        assertThat(timers.listOf(dealId)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM automation_timer WHERE task_id = ? AND rule_id IS NULL AND status = 'PENDING'", task.id()))
                .isEqualTo(1);
    }
}
