package com.leadwire.admin.leads.list;

import java.util.List;
import java.util.Optional;

import com.leadwire.admin.MainLayout;
import com.leadwire.leads.Lead;
import com.leadwire.leads.LeadFilter;
import com.leadwire.leads.LeadList;
import com.leadwire.leads.LeadSort;
import com.leadwire.privacy.Unsubscribes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The lead list of {@code 003_…}: every contact in a lead group, read page by page from the
 * database (a count sizes the list), a filter for each column in the grid's header, sorting by the
 * copied columns, the filtered list as CSV, and per lead a one-click unsubscribe from follow-ups
 * after a confirmation, which stops its active follow-ups at once. {@code ?group=<id>} opens it
 * filtered to one group (the lead groups' page links here).
 */
@Route(value = "leads", layout = MainLayout.class)
@PageTitle("Leadwire – Leads")
@RolesAllowed("ADMIN")
public class LeadsView extends VerticalLayout implements BeforeEnterObserver {

    private static final String GROUP_PARAMETER = "group";

    final Grid<Lead> grid = new Grid<>();
    final LeadFilters filters;
    final Paragraph empty = new Paragraph();
    final Span total = new Span();
    final Anchor csv = new Anchor();

    private final LeadList leads;
    private final Unsubscribes unsubscribes;
    private final String actor;

    LeadsView(LeadList leads, Unsubscribes unsubscribes, AuthenticationContext authentication) {
        this.leads = leads;
        this.unsubscribes = unsubscribes;
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.filters = new LeadFilters(leads.groupNames(), this::reload);
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("leads.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        csv.setHref(csvDownload());
        csv.getElement().setAttribute("download", true);
        Button download = new Button(getTranslation("leads.csv"), VaadinIcon.DOWNLOAD.create());
        download.setTooltipText(getTranslation("leads.csv.help"));
        csv.add(download);
        Button clear = new Button(getTranslation("leads.filters.clear"), VaadinIcon.CLOSE_SMALL.create(), click -> filters.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout toolbar = new HorizontalLayout(total, clear, csv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.expand(total);

        LeadColumns.addTo(grid, getLocale(), this::confirmUnsubscribe);
        filters.placeIn(grid);
        grid.setItems(query -> leads.list(filters.value(), sort(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) leads.count(filters.value()));
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("leads.emptyFiltered"));
        grid.setMinHeight("20em");

        add(new H2(getTranslation("leads.title")), intro, toolbar, empty, grid);
        expand(grid);
        showCounts();
    }

    /** The query of a link to one group's leads: {@code RouterLink(text, LeadsView.class)} with {@code setQueryParameters(ofGroup(id))}. */
    public static QueryParameters ofGroup(long groupId) {
        return QueryParameters.of(GROUP_PARAMETER, String.valueOf(groupId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> group = event.getLocation().getQueryParameters().getSingleParameter(GROUP_PARAMETER);
        group.filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).ifPresent(filters::showGroup);
    }

    /** The grid's sort (one column at a time), or newest first. */
    static LeadSort sort(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .map(order -> new LeadSort(LeadSort.Column.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING))
                .orElse(LeadSort.NEWEST_FIRST);
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        LeadFilter filter = filters.value();
        long count = leads.count(filter);
        total.setText(getTranslation(count == 1 ? "leads.total.one" : "leads.total", count));
        boolean none = count == 0 && filter.findsEveryone();
        empty.setText(getTranslation("leads.empty"));
        empty.setVisible(none);
        grid.setVisible(!none);
        csv.setEnabled(count > 0);
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("leads.csv");
            event.setContentType("text/csv;charset=UTF-8");
            leads.writeCsv(filters.value(), sort(grid.getSortOrder().stream()
                    .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList()), event.getOutputStream());
        };
    }

    void confirmUnsubscribe(Lead lead) {
        String who = lead.name() == null || lead.name().isBlank() ? lead.email() : lead.name();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("leads.unsubscribe.title", who),
                getTranslation("leads.unsubscribe.text", lead.email()), getTranslation("leads.unsubscribe.confirm"),
                confirmed -> unsubscribe(lead, who), getTranslation("leads.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void unsubscribe(Lead lead, String who) {
        boolean changed = unsubscribes.unsubscribe(lead.contactId(), actor);
        Notification.show(getTranslation(changed ? "leads.unsubscribed" : "leads.unsubscribed.already", who))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload();
    }
}
