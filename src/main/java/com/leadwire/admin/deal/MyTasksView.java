package com.leadwire.admin.deal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.leadwire.admin.MainLayout;
import com.leadwire.shared.NotFoundException;
import com.leadwire.tasks.TaskView;
import com.leadwire.tasks.Tasks;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The logged-in person's open tasks that are due today or overdue, soonest first, each with its deal and "Done". */
@Route(value = "tasks", layout = MainLayout.class)
@PageTitle("Leadwire – My tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver {

    private final Tasks tasks;
    private final Clock clock;
    private final Optional<TeamMember> me;
    private final String actor;
    private final VerticalLayout list = new VerticalLayout();

    MyTasksView(Tasks tasks, Team team, Clock clock, AuthenticationContext authentication) {
        this.tasks = tasks;
        this.clock = clock;
        String username = authentication.getPrincipalName().orElse(null);
        this.me = username == null ? Optional.empty() : team.findByName(username);
        this.actor = "panel:" + (username == null ? "?" : username);
        list.setPadding(false);
        add(new H2(getTranslation("tasks.heading")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<TaskView> due = me.map(member -> tasks.dueTodayOrOverdue(member.id())).orElse(List.of());
        if (due.isEmpty()) {
            list.add(new Paragraph(getTranslation("tasks.empty")));
        }
        due.forEach(task -> {
            RouterLink deal = new RouterLink();
            deal.setText(task.dealTitle());
            deal.setRoute(com.leadwire.admin.DealDetailView.class, task.dealId());
            list.add(new TaskLine(task, clock.instant(), deal, this::markDone));
        });
    }

    private void markDone(TaskView task) {
        try {
            tasks.done(task.id(), actor);
            Notices.done(getTranslation("dealpage.tasks.markedDone", task.title()));
        } catch (NotFoundException gone) {
            // done and gone meanwhile: the list below shows what is left
        }
        refresh();
    }
}
