package com.leadwire.tasks;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerView;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.telegram.RepReminders;

/**
 * A task fell due (its timer fired, in the timer's transaction): its owner gets a Telegram
 * reminder through the outbox, or, when the owner has no linked Telegram, the task records that
 * the reminder could not be delivered. A task done meanwhile is not reminded.
 */
@Component
class TaskReminders implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

    private final TaskRows rows;
    private final Tasks tasks;
    private final Team team;
    private final RepReminders reminders;
    private final Clock clock;

    TaskReminders(TaskRows rows, Tasks tasks, Team team, RepReminders reminders, Clock clock) {
        this.rows = rows;
        this.tasks = tasks;
        this.team = team;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.TASK_DUE;
    }

    @Override
    public void fire(TimerView timer) {
        if (rows.find(timer.taskId()).filter(row -> row.doneAt() == null).isEmpty()) {
            return;
        }
        TaskView task = tasks.find(timer.taskId());
        Optional<TeamMember> owner = team.findById(task.ownerUserId());
        boolean queued = owner.map(member -> reminders.queue(member, task.title(), task.dueAt(), task.dealId(), task.dealTitle(),
                "task-reminder:" + task.id() + ":timer-" + timer.id())).orElse(false);
        rows.markReminded(task.id(), queued ? TaskView.Reminder.QUEUED : TaskView.Reminder.UNDELIVERABLE, clock.instant());
        if (queued) {
            log.info("Task {} on deal {} due: reminder queued for user {}", task.id(), task.dealId(), task.ownerUserId());
        } else {
            log.warn("Task {} on deal {} due: user {} has no linked Telegram, reminder not deliverable", task.id(), task.dealId(),
                    task.ownerUserId());
        }
    }
}
