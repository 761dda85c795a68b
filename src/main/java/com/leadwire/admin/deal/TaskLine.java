package com.leadwire.admin.deal;

import java.time.Instant;
import java.util.function.Consumer;

import com.leadwire.admin.Badges;
import com.leadwire.admin.PanelTimes;
import com.leadwire.tasks.TaskView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One task: what, when it is due (overdue says so), whose, how its reminder went, and "Done" while it is open. */
class TaskLine extends HorizontalLayout {

    final Button done = new Button();

    /** {@code dealLink}: the deal it belongs to, on lists that span deals; else null. */
    TaskLine(TaskView task, Instant now, Component dealLink, Consumer<TaskView> markDone) {
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        addClassName("task-line");
        Span title = new Span(task.title());
        title.getStyle().set("font-weight", "600");
        add(title);
        if (dealLink != null) {
            add(dealLink);
        }
        add(new Span(getTranslation("dealpage.tasks.due", PanelTimes.shortDateTime(task.dueAt(), getLocale()), task.ownerName())));
        if (task.done()) {
            add(Badges.success(getTranslation("dealpage.tasks.done", task.doneBy())));
            return;
        }
        if (task.dueAt().isBefore(now)) {
            add(Badges.error(getTranslation("dealpage.tasks.overdue")));
        }
        if (task.reminder() == TaskView.Reminder.UNDELIVERABLE) {
            add(Badges.neutral(getTranslation("dealpage.tasks.undeliverable")));
        } else if (task.reminder() == TaskView.Reminder.QUEUED) {
            add(Badges.neutral(getTranslation("dealpage.tasks.reminded")));
        }
        done.setText(getTranslation("dealpage.tasks.markDone"));
        done.setIcon(VaadinIcon.CHECK.create());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.addClickListener(click -> markDone.accept(task));
        add(done);
    }
}
