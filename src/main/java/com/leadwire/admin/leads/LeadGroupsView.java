package com.leadwire.admin.leads;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.leadwire.admin.MainLayout;
import com.leadwire.admin.leads.list.LeadsView;
import com.leadwire.admin.leads.results.LeadGroupResultsView;
import com.leadwire.admin.sequences.SequenceDialog;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupView;
import com.leadwire.leads.LeadGroups;
import com.leadwire.mail.MailTemplates;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The lead groups in the order that decides between two groups a lead matches: the default groups
 * and the custom ones, each with its live count of leads, send times, discount and status; moved
 * up or down, opened in the wizard, deleted after a confirmation, or its leads listed.
 */
@Route(value = "lead-groups", layout = MainLayout.class)
@PageTitle("Leadwire – Lead groups")
@RolesAllowed("ADMIN")
class LeadGroupsView extends VerticalLayout {

    final Grid<LeadGroupView> grid = new Grid<>();
    final Paragraph empty = new Paragraph(getTranslation("leadgroups.empty"));
    final Button add = new Button(getTranslation("leadgroups.add"), VaadinIcon.PLUS.create());
    final LeadGroupWizard wizard;

    private final LeadGroups groups;
    private final GroupCells cells;
    private final String actor;

    LeadGroupsView(LeadGroups groups, Sequences sequences, MailTemplates templates, WebhookSubscriptions webhooks, Clock clock,
            AuthenticationContext authentication) {
        this.groups = groups;
        this.cells = new GroupCells(this, getLocale(), clock);
        this.actor = authentication.getPrincipalName().orElse("panel");
        this.wizard = new LeadGroupWizard(groups, sequences, SequenceDialog.templateNames(templates), webhooks.all(), actor, this::saved);
        setWidthFull();
        setMaxWidth("90em");

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> wizard.openNew(nextPriority()));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("leadgroups.title")), add);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        Paragraph intro = new Paragraph(getTranslation("leadgroups.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");

        grid.addComponentColumn(this::order).setHeader(getTranslation("leadgroups.column.order")).setKey("order").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(cells::group).setHeader(getTranslation("leadgroups.column.group")).setKey("group").setFlexGrow(3);
        grid.addColumn(LeadGroupView::leadCount).setHeader(getTranslation("leadgroups.column.leads")).setKey("leads").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(group -> cells.perSet(group, true)).setHeader(getTranslation("leadgroups.column.sendTimes")).setKey("sendTimes")
                .setFlexGrow(2);
        grid.addComponentColumn(group -> cells.perSet(group, false)).setHeader(getTranslation("leadgroups.column.discount")).setKey("discount")
                .setFlexGrow(1);
        grid.addComponentColumn(cells::status).setHeader(getTranslation("leadgroups.column.status")).setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        // wide enough for "View leads" and "A/B results" side by side, in both languages
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("15rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(header, intro, grid, empty);
        refresh();
    }

    /** The default groups are always there: the empty state is for the custom groups, below them. */
    private void refresh() {
        List<LeadGroupView> all = groups.all();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.stream().noneMatch(group -> group.kind() == LeadGroupKind.CUSTOM));
    }

    private List<LeadGroupView> shown() {
        return grid.getListDataView().getItems().toList();
    }

    private int nextPriority() {
        return shown().stream().mapToInt(LeadGroupView::priority).max().orElse(0) + 1;
    }

    /** "1" with arrows to move the group up or down. */
    private Component order(LeadGroupView group) {
        List<LeadGroupView> all = shown();
        int place = all.indexOf(group);
        Span number = new Span(String.valueOf(place + 1));
        number.getStyle().set("min-width", "1.5em");
        Button up = arrow(VaadinIcon.ARROW_UP, "leadgroups.moveUp", group, place > 0);
        up.addClickListener(click -> swap(group, all.get(place - 1)));
        Button down = arrow(VaadinIcon.ARROW_DOWN, "leadgroups.moveDown", group, place < all.size() - 1);
        down.addClickListener(click -> swap(group, all.get(place + 1)));
        HorizontalLayout order = new HorizontalLayout(number, up, down);
        order.setSpacing(false);
        order.setAlignItems(FlexComponent.Alignment.CENTER);
        return order;
    }

    private Button arrow(VaadinIcon icon, String label, LeadGroupView group, boolean enabled) {
        Button arrow = new Button(icon.create());
        arrow.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        arrow.setAriaLabel(getTranslation(label) + ": " + cells.nameOf(group));
        arrow.setTooltipText(getTranslation(label));
        arrow.setEnabled(enabled);
        return arrow;
    }

    /** Puts the group where the neighbour is, and the neighbour where the group was. */
    private void swap(LeadGroupView group, LeadGroupView neighbour) {
        List<LeadGroupView> order = new ArrayList<>(groups.all());
        int from = order.indexOf(order.stream().filter(shown -> shown.id() == group.id()).findFirst().orElseThrow());
        int to = order.indexOf(order.stream().filter(shown -> shown.id() == neighbour.id()).findFirst().orElseThrow());
        Collections.swap(order, from, to);
        try {
            PriorityOrder.changes(order).forEach((id, priority) -> groups.update(id,
                    PriorityOrder.withPriority(groups.find(id).orElseThrow().draft(), priority), actor));
            Notification.show(getTranslation("leadgroups.moved"));
        } catch (InvalidInputException refused) {
            Notification.show(getTranslation("leadgroups.invalid.other", refused.getMessage()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /**
     * "View leads" is a link (the lead list, filtered by the group), and so is "A/B results" of a group
     * that tests two or more sequences; Edit and Delete are buttons.
     */
    private Component actions(LeadGroupView group) {
        RouterLink leads = new RouterLink(getTranslation("leadgroups.viewLeads"), LeadsView.class);
        leads.setQueryParameters(LeadsView.ofGroup(group.id()));
        HorizontalLayout links = new HorizontalLayout(link(leads));
        if (group.sequenceIds().size() >= 2) {
            links.add(link(new RouterLink(getTranslation("leadresults.link"), LeadGroupResultsView.class,
                    LeadGroupResultsView.of(group.id()))));
        }
        Button edit = new Button(getTranslation("leadgroups.edit"), click -> wizard.openFor(group, cells.nameOf(group), cells.descriptionOf(group)));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(edit);
        if (group.kind() == LeadGroupKind.CUSTOM) {
            Button delete = new Button(getTranslation("leadgroups.delete"), click -> confirmDelete(group));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        buttons.setSpacing(false);
        // links above, buttons below: the column stays narrow and every row reads the same
        VerticalLayout actions = new VerticalLayout(links, buttons);
        actions.setPadding(false);
        actions.setSpacing(false);
        return actions;
    }

    private static RouterLink link(RouterLink link) {
        link.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
        return link;
    }

    private void saved(LeadGroupView group) {
        refresh();
        Notification.show(getTranslation("leadgroups.saved", group.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void confirmDelete(LeadGroupView group) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("leadgroups.delete.title", cells.nameOf(group)),
                getTranslation("leadgroups.delete.text"), getTranslation("leadgroups.delete"), confirmed -> delete(group),
                getTranslation("leadgroups.wizard.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(LeadGroupView group) {
        try {
            groups.delete(group.id(), actor);
            Notification.show(getTranslation("leadgroups.deleted", cells.nameOf(group)));
        } catch (ConflictException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
