package com.leadwire.admin.deal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.tasks.TaskView;
import com.leadwire.tasks.Tasks;
import com.leadwire.team.TeamMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The deal's tasks (open first) with "Done", and a row to add one: what, when, whose (the reader by default). */
class DealTasksSection extends VerticalLayout {

    final TextField title = new TextField();
    final DateTimePicker due = new DateTimePicker();
    final Select<TeamMember> owner = new Select<>();
    final Button add = new Button();
    private final VerticalLayout list = new VerticalLayout();
    private final Tasks tasks;
    private final Clock clock;
    private final long dealId;
    private final String actor;

    DealTasksSection(Tasks tasks, Clock clock, List<TeamMember> team, TeamMember me, long dealId, String actor) {
        this.tasks = tasks;
        this.clock = clock;
        this.dealId = dealId;
        this.actor = actor;
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        title.setLabel(getTranslation("dealpage.tasks.title"));
        title.setMaxLength(300);
        due.setLabel(getTranslation("dealpage.tasks.dueAt"));
        due.setLocale(getLocale());
        owner.setLabel(getTranslation("dealpage.tasks.owner"));
        owner.setItems(team);
        owner.setItemLabelGenerator(TeamMember::displayName);
        team.stream().filter(member -> me != null && member.id() == me.id()).findFirst().ifPresent(owner::setValue);
        add.setText(getTranslation("dealpage.tasks.add"));
        add.addClickListener(click -> addTask());
        HorizontalLayout row = new HorizontalLayout(title, due, owner, add);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        add(new H3(getTranslation("dealpage.tasks")), list, row);
        refresh();
    }

    private void addTask() {
        try {
            tasks.add(dealId, title.getValue(), due.getValue() == null ? null : due.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                    owner.getValue() == null ? null : owner.getValue().id(), actor);
            title.clear();
            due.clear();
            refresh();
            Notices.done(getTranslation("dealpage.tasks.added"));
        } catch (InvalidInputException refused) {
            Notices.refused(refused.getMessage());
        }
    }

    private void refresh() {
        list.removeAll();
        List<TaskView> found = tasks.ofDeal(dealId);
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("dealpage.tasks.empty")));
        }
        found.forEach(task -> list.add(new TaskLine(task, clock.instant(), null, this::markDone)));
    }

    private void markDone(TaskView task) {
        try {
            tasks.done(task.id(), actor);
            refresh();
            Notices.done(getTranslation("dealpage.tasks.markedDone", task.title()));
        } catch (NotFoundException gone) {
            refresh();
        }
    }
}
