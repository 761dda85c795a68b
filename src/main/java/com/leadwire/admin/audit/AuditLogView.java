package com.leadwire.admin.audit;

import java.util.List;

import com.leadwire.admin.DayRange;
import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.audit.AuditEntry;
import com.leadwire.audit.AuditLog;
import com.leadwire.audit.AuditQuery;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Who changed the configuration, what and when, newest first and loaded page by page, filtered by
 * who, by action and by a period of days.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Leadwire – Audit log")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout {

    static final int PAGE_SIZE = 50;

    final ComboBox<String> actor = new ComboBox<>(getTranslation("audit.filter.actor"));
    final ComboBox<String> action = new ComboBox<>(getTranslation("audit.filter.action"));
    final DatePicker from = new DatePicker(getTranslation("audit.filter.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.filter.to"));
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final AuditLog audit;

    AuditLogView(AuditLog audit) {
        this.audit = audit;
        setSizeFull();

        actor.setItems(audit.actors());
        action.setItems(audit.actions());
        for (ComboBox<String> choice : List.of(actor, action)) {
            choice.setClearButtonVisible(true);
            choice.setPlaceholder(getTranslation("audit.filter.all"));
            choice.addValueChangeListener(changed -> reload());
        }
        for (DatePicker day : List.of(from, to)) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
            day.addValueChangeListener(changed -> reload());
        }
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(entry -> PanelTimes.shortDateTime(entry.at(), getLocale())).setHeader(getTranslation("audit.column.at"))
                .setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setKey("actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.column.action")).setKey("action").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.subject() == null ? "" : entry.subject()).setHeader(getTranslation("audit.column.subject"))
                .setKey("subject").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader(getTranslation("audit.column.detail"))
                .setKey("detail").setFlexGrow(1);
        grid.setItems(query -> audit.entries(query(), query.getOffset(), query.getLimit()).stream());
        grid.setPageSize(PAGE_SIZE);
        grid.setMinHeight("16em");

        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, empty, grid);
        expand(grid);
        showEmptyState();
    }

    private AuditQuery query() {
        return new AuditQuery(actor.getValue(), action.getValue(), DayRange.start(from), DayRange.end(to));
    }

    private void reload() {
        DayRange.checkOrder(from, to, getTranslation("audit.error.dates"));
        grid.getDataProvider().refreshAll();
        showEmptyState();
    }

    private void showEmptyState() {
        boolean none = audit.entries(query(), 0, 1).isEmpty();
        boolean filtered = actor.getValue() != null || action.getValue() != null || from.getValue() != null || to.getValue() != null;
        empty.setText(getTranslation(filtered ? "audit.emptyFiltered" : "audit.empty"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }
}
