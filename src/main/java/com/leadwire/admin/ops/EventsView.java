package com.leadwire.admin.ops;

import java.time.LocalDate;
import java.time.ZoneId;

import com.leadwire.admin.Badges;
import com.leadwire.admin.DayRange;
import com.leadwire.admin.MainLayout;
import com.leadwire.admin.PanelTimes;
import com.leadwire.admin.SelectLabels;
import com.leadwire.intake.Channel;
import com.leadwire.intake.EventFilter;
import com.leadwire.intake.EventOutcome;
import com.leadwire.intake.InboundEventLog;
import com.leadwire.intake.InboundEventView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Every accepted inbound event, newest first and loaded page by page, with what it did (contact
 * and deal) and, for the chosen one, its payload with secrets masked. It opens on the last
 * {@value #DAYS_SHOWN} days: with a date range a filter on a rare channel or outcome reads only
 * those days' rows, where over the whole table it would read them all (seconds at 500k events),
 * and an index per filter would slow every intake write instead.
 */
@Route(value = "events", layout = MainLayout.class)
@PageTitle("Leadwire – Inbound events")
@RolesAllowed("ADMIN")
class EventsView extends VerticalLayout {

    static final int DAYS_SHOWN = 7;

    final Select<Channel> channel = new Select<>();
    final Select<EventOutcome> outcome = new Select<>();
    final DatePicker from = new DatePicker(getTranslation("ops.events.from"));
    final DatePicker to = new DatePicker(getTranslation("ops.events.to"));
    final Grid<InboundEventView> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final VerticalLayout details = new VerticalLayout();
    final H3 detailsTitle = new H3();
    final Span facts = new Span();
    final Pre payload = new Pre();

    private final InboundEventLog events;

    EventsView(InboundEventLog events) {
        this.events = events;
        setSizeFull();

        channel.setLabel(getTranslation("ops.filter.channel"));
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("ops.filter.all"));
        SelectLabels.label(channel, this::channelLabel);
        outcome.setLabel(getTranslation("ops.events.outcome"));
        outcome.setItems(EventOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("ops.filter.all"));
        SelectLabels.label(outcome, this::outcomeLabel);
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setValue(LocalDate.now(ZoneId.systemDefault()).minusDays(DAYS_SHOWN - 1));
        channel.addValueChangeListener(changed -> reload());
        outcome.addValueChangeListener(changed -> reload());
        from.addValueChangeListener(changed -> reload());
        to.addValueChangeListener(changed -> reload());
        HorizontalLayout filters = new HorizontalLayout(channel, outcome, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(event -> PanelTimes.shortDateTime(event.receivedAt(), getLocale())).setHeader(getTranslation("ops.events.received"))
                .setKey("received").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> channelLabel(event.channel())).setHeader(getTranslation("ops.filter.channel")).setKey("channel")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> event.sourceKey() == null ? "" : event.sourceKey()).setHeader(getTranslation("ops.events.source"))
                .setKey("source").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(event -> outcomeBadge(event.outcome()))).setHeader(getTranslation("ops.events.outcome"))
                .setKey("outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> event.contactId() == null ? "" : String.valueOf(event.contactId()))
                .setHeader(getTranslation("ops.events.contact")).setKey("contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::dealLink)).setHeader(getTranslation("ops.events.deal")).setKey("deal")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> events.page(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setPageSize(50);
        grid.setMinHeight("16em");
        grid.asSingleSelect().addValueChangeListener(selected -> show(selected.getValue()));

        payload.getStyle().set("white-space", "pre-wrap").set("max-height", "18em").set("overflow", "auto")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)").set("margin", "0");
        details.setPadding(false);
        details.add(detailsTitle, facts, payload);
        details.setVisible(false);

        add(new H2(getTranslation("ops.events.title")), new Paragraph(getTranslation("ops.events.intro")), filters, empty, grid, details);
        expand(grid);
        showEmptyState();
    }

    private EventFilter filter() {
        return new EventFilter(channel.getValue(), outcome.getValue(), DayRange.start(from), DayRange.end(to));
    }

    private void reload() {
        DayRange.checkOrder(from, to, getTranslation("ops.events.error.dates"));
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
        showEmptyState();
    }

    private void showEmptyState() {
        boolean none = events.page(filter(), 0, 1).isEmpty();
        boolean filtered = channel.getValue() != null || outcome.getValue() != null || from.getValue() != null || to.getValue() != null;
        empty.setText(getTranslation(filtered ? "ops.events.emptyFiltered" : "ops.events.empty"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private void show(InboundEventView event) {
        details.setVisible(event != null);
        if (event == null) {
            return;
        }
        detailsTitle.setText(getTranslation("ops.events.details", event.id(), channelLabel(event.channel())));
        facts.setText(getTranslation("ops.events.key", event.idempotencyKey()));
        payload.setText(event.payload() == null || event.payload().isBlank() ? getTranslation("ops.events.noPayload") : event.payload());
    }

    private Component dealLink(InboundEventView event) {
        if (event.dealId() == null) {
            return new Span();
        }
        return new Anchor("deals/" + event.dealId(), String.valueOf(event.dealId()));
    }

    private String channelLabel(Channel value) {
        return getTranslation("ops.events.channel." + value.name());
    }

    private String outcomeLabel(EventOutcome value) {
        return getTranslation("ops.events.outcome." + value.name());
    }

    private Span outcomeBadge(EventOutcome value) {
        String text = outcomeLabel(value);
        return switch (value) {
            case CREATED, CONTACT_CREATED -> Badges.success(text);
            default -> Badges.neutral(text);
        };
    }
}
