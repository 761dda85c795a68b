package com.leadwire.admin.leads.list;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.leadwire.admin.SelectLabels;
import com.leadwire.leads.Lead;
import com.leadwire.leads.LeadEmailStatus;
import com.leadwire.leads.LeadFilter;
import com.leadwire.leads.LeadFollowUpStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A filter for each column of the lead list, in a header row under the columns' titles. */
final class LeadFilters {

    final TextField name = text();
    final TextField email = text();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField product = text();
    final TextField country = text();
    final Select<Long> group = new Select<>();
    final Select<LeadFollowUpStatus> followUpStatus = new Select<>();
    final Select<LeadEmailStatus> emailStatus = new Select<>();
    final Select<Boolean> processedOrder = new Select<>();

    private final Map<Long, String> groupNames;
    private final Runnable changed;
    private boolean clearing;

    LeadFilters(Map<Long, String> groupNames, Runnable changed) {
        this.groupNames = new LinkedHashMap<>(groupNames);
        this.changed = changed;
        country.setMaxLength(2);
        group.setItems(groupNames.keySet());
        SelectLabels.label(group, id -> groupNames.getOrDefault(id, "#" + id));
        followUpStatus.setItems(LeadFollowUpStatus.values());
        SelectLabels.label(followUpStatus, status -> name.getTranslation("leads.followUp." + status.name()));
        emailStatus.setItems(LeadEmailStatus.values());
        SelectLabels.label(emailStatus, status -> name.getTranslation("leads.email." + status.name()));
        processedOrder.setItems(Boolean.TRUE, Boolean.FALSE);
        SelectLabels.label(processedOrder, yes -> name.getTranslation(yes ? "leads.yes" : "leads.no"));
        for (Select<?> select : List.of(group, followUpStatus, emailStatus, processedOrder)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(name.getTranslation("leads.filter.all"));
            select.setWidthFull();
        }
        from.setPlaceholder(name.getTranslation("leads.filter.from"));
        to.setPlaceholder(name.getTranslation("leads.filter.to"));
        for (DatePicker day : List.of(from, to)) {
            day.setClearButtonVisible(true);
            day.setWidthFull();
        }
        fields().forEach(field -> field.addValueChangeListener(change -> {
            if (!clearing) {
                changed.run();
            }
        }));
    }

    private static TextField text() {
        TextField field = new TextField();
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        return field;
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(name, email, from, to, product, country, group, followUpStatus, emailStatus, processedOrder);
    }

    void placeIn(Grid<Lead> grid) {
        HeaderRow row = grid.appendHeaderRow();
        cell(row, grid, "name", name, "leads.filter.name");
        cell(row, grid, "email", email, "leads.filter.email");
        VerticalLayout days = new VerticalLayout(from, to);
        days.setPadding(false);
        days.setSpacing(false);
        row.getCell(grid.getColumnByKey("date")).setComponent(days);
        cell(row, grid, "product", product, "leads.filter.product");
        cell(row, grid, "country", country, "leads.filter.country");
        cell(row, grid, "group", group, "leads.filter.group");
        cell(row, grid, "followUpStatus", followUpStatus, "leads.filter.followUpStatus");
        cell(row, grid, "emailStatus", emailStatus, "leads.filter.emailStatus");
        cell(row, grid, "processedOrder", processedOrder, "leads.filter.processedOrder");
    }

    private static void cell(HeaderRow row, Grid<Lead> grid, String key, Component field, String labelKey) {
        field.getElement().setAttribute("aria-label", field.getTranslation(labelKey));
        if (field instanceof TextField text) {
            text.setPlaceholder(field.getTranslation("leads.filter.placeholder"));
        }
        row.getCell(grid.getColumnByKey(key)).setComponent(field);
    }

    LeadFilter value() {
        return new LeadFilter(name.getValue(), email.getValue(), from.getValue(), to.getValue(), product.getValue(), country.getValue(),
                group.getValue(), followUpStatus.getValue(), emailStatus.getValue(), processedOrder.getValue());
    }

    /** Shows one group's leads, as {@code ?group=<id>} asks; an id that is no group's is shown by number and finds none. */
    void showGroup(long groupId) {
        if (!groupNames.containsKey(groupId)) {
            groupNames.put(groupId, "#" + groupId);
            group.setItems(groupNames.keySet());
        }
        group.setValue(groupId);
    }

    void clear() {
        clearing = true;
        try {
            fields().forEach(HasValue::clear);
        } finally {
            clearing = false;
        }
        changed.run();
    }
}
