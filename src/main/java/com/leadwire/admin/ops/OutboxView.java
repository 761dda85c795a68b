package com.leadwire.admin.ops;

import com.leadwire.admin.Badges;
import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.admin.SelectLabels;
import com.leadwire.outbox.OutboxAdmin;
import com.leadwire.outbox.OutboxBacklog;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxEntry;
import com.leadwire.outbox.OutboxFilter;
import com.leadwire.outbox.OutboxState;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The outbox: every message an event queued (e-mail, Telegram, webhook), newest first and loaded
 * page by page, filtered by state and channel; a failed or dead message can be retried.
 */
@Route(value = "outbox", layout = MainLayout.class)
@PageTitle("Leadwire – Outbox")
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout {

    final Select<OutboxState> state = new Select<>();
    final Select<OutboxChannel> channel = new Select<>();
    final Span summary = new Span();
    final Grid<OutboxEntry> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button refresh = new Button(getTranslation("ops.outbox.refresh"), VaadinIcon.REFRESH.create());

    private final OutboxAdmin outbox;
    private final String actor;

    OutboxView(OutboxAdmin outbox, AuthenticationContext authentication) {
        this.outbox = outbox;
        this.actor = "panel:" + authentication.getPrincipalName().orElse("?");
        setSizeFull();

        state.setLabel(getTranslation("ops.outbox.state"));
        state.setItems(OutboxState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("ops.filter.all"));
        SelectLabels.label(state, this::stateLabel);
        channel.setLabel(getTranslation("ops.filter.channel"));
        channel.setItems(OutboxChannel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("ops.filter.all"));
        SelectLabels.label(channel, value -> getTranslation("ops.outbox.channel." + value.name()));
        state.addValueChangeListener(changed -> reload());
        channel.addValueChangeListener(changed -> reload());
        refresh.addClickListener(click -> reload());
        HorizontalLayout filters = new HorizontalLayout(state, channel, refresh);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(new ComponentRenderer<>(entry -> stateBadge(entry.state()))).setHeader(getTranslation("ops.outbox.state"))
                .setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("ops.outbox.channel." + entry.channel().name())).setHeader(getTranslation("ops.filter.channel"))
                .setKey("channel").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("ops.outbox.recipient")).setKey("recipient").setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(OutboxEntry::recipient);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("ops.outbox.attempts")).setKey("attempts").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.lastError() == null ? "" : entry.lastError()).setHeader(getTranslation("ops.outbox.lastError"))
                .setKey("lastError").setFlexGrow(1).setTooltipGenerator(entry -> entry.lastError() == null ? "" : entry.lastError());
        grid.addColumn(this::nextAttempt).setHeader(getTranslation("ops.outbox.nextAttempt")).setKey("nextAttempt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> PanelTimes.shortDateTime(entry.createdAt(), getLocale())).setHeader(getTranslation("ops.outbox.created"))
                .setKey("created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::retryButton)).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> outbox.page(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setPageSize(50);

        add(new H2(getTranslation("ops.outbox.title")), new Paragraph(getTranslation("ops.outbox.intro")), filters, summary, empty, grid);
        expand(grid);
        showSummaryAndEmptyState();
    }

    private OutboxFilter filter() {
        return new OutboxFilter(state.getValue(), channel.getValue());
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
        showSummaryAndEmptyState();
    }

    private void showSummaryAndEmptyState() {
        OutboxBacklog backlog = outbox.backlog();
        summary.setText(getTranslation("ops.outbox.summary", backlog.pending() - backlog.failing(), backlog.failing(), backlog.dead()));
        boolean none = outbox.page(filter(), 0, 1).isEmpty();
        empty.setText(getTranslation(state.getValue() == null && channel.getValue() == null ? "ops.outbox.empty" : "ops.outbox.emptyFiltered"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private String nextAttempt(OutboxEntry entry) {
        return entry.state() == OutboxState.PENDING || entry.state() == OutboxState.FAILED
                ? PanelTimes.shortDateTime(entry.nextAttemptAt(), getLocale()) : "";
    }

    private Component retryButton(OutboxEntry entry) {
        if (entry.state() != OutboxState.FAILED && entry.state() != OutboxState.DEAD) {
            return new Span();
        }
        Button retry = new Button(getTranslation("ops.outbox.retry"), VaadinIcon.REFRESH.create(), click -> retry(entry));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setAriaLabel(getTranslation("ops.outbox.retryOf", entry.recipient()));
        return retry;
    }

    private void retry(OutboxEntry entry) {
        try {
            outbox.retry(entry.id(), actor);
            Notification.show(getTranslation(entry.state() == OutboxState.DEAD ? "ops.outbox.retried.dead" : "ops.outbox.retried.failed"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (NotFoundException gone) {
            Notification.show(getTranslation("ops.outbox.retry.gone")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        reload();
    }

    private String stateLabel(OutboxState value) {
        return getTranslation("ops.outbox.state." + value.name());
    }

    private Span stateBadge(OutboxState value) {
        String text = stateLabel(value);
        return switch (value) {
            case SENT -> Badges.success(text);
            case DEAD -> Badges.error(text);
            case FAILED -> Badges.warning(text);
            case PENDING, SKIPPED -> Badges.neutral(text);
        };
    }
}
