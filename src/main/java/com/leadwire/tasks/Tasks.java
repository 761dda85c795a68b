package com.leadwire.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.automation.timers.TimerRequest;
import com.leadwire.automation.timers.Timers;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * Tasks on deals (the deal page, "My tasks" and {@code /api/v1/…/tasks}). Adding one schedules its
 * reminder: an automation timer due when the task is ({@link TaskReminders}). "Today" is the
 * server's day, as the panel shows times in the server's time zone.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

    private static final Logger log = LoggerFactory.getLogger(Tasks.class);
    private static final int MAX_TITLE = 300;
    /** Reminders are timers, which reach at most this far ahead. */
    private static final Duration FURTHEST = Duration.ofDays(366);

    private final TaskRows rows;
    private final Deals deals;
    private final Team team;
    private final Timers timers;
    private final Clock clock;

    Tasks(TaskRows rows, Deals deals, Team team, Timers timers, Clock clock) {
        this.rows = rows;
        this.deals = deals;
        this.team = team;
        this.timers = timers;
        this.clock = clock;
    }

    /** {@code ownerUserId}: an active team member; whether they have linked Telegram decides only if the reminder can reach them. */
    @Transactional
    public TaskView add(long dealId, String title, Instant dueAt, Long ownerUserId, String actor) {
        DealView deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("no deal " + dealId));
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Say what is to be done.");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "A task's title has at most " + MAX_TITLE + " characters.");
        }
        if (dueAt == null) {
            throw new InvalidInputException("dueAt", "Say when the task is due.");
        }
        Instant now = clock.instant();
        // overdue tasks are fine, but not before TIMESTAMP columns begin (1970 on MariaDB)
        if (dueAt.isAfter(now.plus(FURTHEST)) || dueAt.isBefore(now.minus(FURTHEST))) {
            throw new InvalidInputException("dueAt", "A task is due within a year of now.");
        }
        if (ownerUserId == null) {
            throw new InvalidInputException("ownerUserId", "Choose whose task it is.");
        }
        TeamMember owner = team.findById(ownerUserId).filter(TeamMember::active)
                .orElseThrow(() -> new InvalidInputException("ownerUserId", "There is no active team member " + ownerUserId + "."));
        Instant due = dueAt.truncatedTo(ChronoUnit.SECONDS);
        long id = rows.insert(deal.id(), title.strip(), due, owner.id(), actor, now);
        timers.schedule(TimerRequest.taskDue(id, deal.id(), due));
        log.info("Task {} on deal {} added by {} for user {}, due {}", id, deal.id(), actor, owner.id(), due);
        return find(id);
    }

    public TaskView find(long taskId) {
        return view(rows.find(taskId).orElseThrow(() -> new NotFoundException("no task " + taskId)), new HashMap<>());
    }

    /** Open ones first, soonest due first. */
    public List<TaskView> ofDeal(long dealId) {
        if (deals.find(dealId).isEmpty()) {
            throw new NotFoundException("no deal " + dealId);
        }
        return views(rows.ofDeal(dealId));
    }

    /** The owner's open tasks due today or overdue, soonest first ("My tasks"). */
    public List<TaskView> dueTodayOrOverdue(long ownerUserId) {
        Instant tomorrow = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).plusDays(1).atStartOfDay(ZoneId.systemDefault())
                .toInstant();
        return views(rows.openOf(ownerUserId, tomorrow));
    }

    /** Done once: marking a done task again changes nothing. */
    @Transactional
    public TaskView done(long taskId, String actor) {
        TaskView task = find(taskId);
        if (rows.markDone(taskId, actor, clock.instant())) {
            log.info("Task {} on deal {} done by {}", taskId, task.dealId(), actor);
        }
        return find(taskId);
    }

    private List<TaskView> views(List<TaskRows.Row> found) {
        Map<Long, String> dealTitles = new HashMap<>();
        return found.stream().map(row -> view(row, dealTitles)).toList();
    }

    private TaskView view(TaskRows.Row row, Map<Long, String> dealTitles) {
        String dealTitle = dealTitles.computeIfAbsent(row.dealId(), id -> deals.title(id).orElse("#" + id));
        String owner = team.findById(row.ownerUserId()).map(TeamMember::displayName).orElse("#" + row.ownerUserId());
        return new TaskView(row.id(), row.dealId(), dealTitle, row.title(), row.dueAt(), row.ownerUserId(), owner, row.createdBy(),
                row.createdAt(), row.doneAt(), row.doneBy(), row.reminder(), row.remindedAt());
    }
}
