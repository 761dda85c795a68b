package com.leadwire.admin.leads.list;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import com.leadwire.admin.Badges;
import com.leadwire.admin.DealDetailView;
import com.leadwire.admin.PanelTimes;
import com.leadwire.leads.Lead;
import com.leadwire.leads.LeadFollowUpStatus;
import com.leadwire.leads.LeadSort;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** The lead list's columns of {@code 003_…}, in its order, and the unsubscribe button of each row. */
final class LeadColumns {

    private LeadColumns() {
    }

    static void addTo(Grid<Lead> grid, Locale locale, Consumer<Lead> unsubscribe) {
        // wide enough to read a name or an e-mail whole; the grid scrolls sideways between the name and the unsubscribe
        // button, which stay in place. rem, not em: the header
        // cells have a smaller font than the rows, and an em width would draw the header narrower than its column
        text(grid, "name", LeadSort.Column.NAME, Lead::name).setWidth("14rem").setFlexGrow(1).setFrozen(true);
        text(grid, "email", LeadSort.Column.EMAIL, Lead::email).setWidth("17rem").setFlexGrow(1);
        grid.addColumn(lead -> PanelTimes.shortDateTime(lead.date(), locale)).setHeader(grid.getTranslation("leads.column.date"))
                .setKey("date").setSortProperty(LeadSort.Column.DATE.name()).setWidth("11rem").setFlexGrow(0);
        text(grid, "product", LeadSort.Column.PRODUCT, Lead::product).setWidth("10rem").setFlexGrow(0);
        text(grid, "country", LeadSort.Column.COUNTRY, Lead::country).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(lead -> lead.group() == null ? "" : lead.group()).setHeader(grid.getTranslation("leads.column.group")).setKey("group")
                .setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(lead -> followUp(grid, lead)).setHeader(grid.getTranslation("leads.column.followUpStatus"))
                .setKey("followUpStatus").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(lead -> grid.getTranslation("leads.email." + lead.emailStatus().name()))
                .setHeader(grid.getTranslation("leads.column.emailStatus")).setKey("emailStatus").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(lead -> processedOrder(grid, lead)).setHeader(grid.getTranslation("leads.column.processedOrder"))
                .setKey("processedOrder").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(lead -> unsubscribeButton(grid, lead, unsubscribe)).setKey("unsubscribe").setWidth("15rem").setFlexGrow(0).setFrozenToEnd(true);
    }

    private static Grid.Column<Lead> text(Grid<Lead> grid, String key, LeadSort.Column sort, Function<Lead, String> value) {
        return grid.addColumn(lead -> value.apply(lead) == null ? "" : value.apply(lead)).setHeader(grid.getTranslation("leads.column." + key))
                .setKey(key).setSortProperty(sort.name()).setResizable(true);
    }

    private static Component followUp(Grid<Lead> grid, Lead lead) {
        String status = grid.getTranslation("leads.followUp." + lead.followUpStatus().name());
        return switch (lead.followUpStatus()) {
            case ACTIVE -> Badges.success(status);
            case STOPPED -> Badges.warning(lead.stopReason() == null ? status
                    : grid.getTranslation("leads.followUp.stoppedBecause", grid.getTranslation("leads.stop." + lead.stopReason())));
            case COMPLETED, NONE -> Badges.neutral(status);
        };
    }

    private static Component processedOrder(Grid<Lead> grid, Lead lead) {
        if (!lead.processedOrder()) {
            return new Span(grid.getTranslation("leads.no"));
        }
        RouterLink deal = new RouterLink(grid.getTranslation("leads.processed.yes"), DealDetailView.class, lead.dealId());
        deal.getElement().setAttribute("title", grid.getTranslation("leads.processed.open"));
        return deal;
    }

    private static Component unsubscribeButton(Grid<Lead> grid, Lead lead, Consumer<Lead> unsubscribe) {
        if (lead.followUpStatus() == LeadFollowUpStatus.STOPPED && "UNSUBSCRIBED".equals(lead.stopReason())) {
            return new Span(grid.getTranslation("leads.unsubscribed.done"));
        }
        Button button = new Button(grid.getTranslation("leads.unsubscribe"), click -> unsubscribe.accept(lead));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return button;
    }
}
