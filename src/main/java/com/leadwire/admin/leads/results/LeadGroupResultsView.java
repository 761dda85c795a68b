package com.leadwire.admin.leads.results;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.leadwire.admin.Badges;
import com.leadwire.admin.DayRange;
import com.leadwire.admin.DealValues;
import com.leadwire.admin.MainLayout;
import com.leadwire.leads.LeadGroupResults;
import com.leadwire.leads.LeadGroupResultsView.Variant;
import com.leadwire.shared.NotFoundException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * A lead group's A/B results: a period (empty = the whole test), a table of the variants, the
 * significance of the difference in words with how to read it, and the test's end criteria and end.
 * The figures are {@link LeadGroupResults}'s, the same the API answers.
 */
@Route(value = "lead-groups/:groupId(\\d+)/results", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class LeadGroupResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ID = "groupId";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<Variant> variants = new Grid<>();
    final Paragraph reading = new Paragraph();
    final Div test = new Div();
    private final H2 title = new H2();
    private final Div figures = new Div();
    private final ResultsTexts texts = new ResultsTexts(this, this::getLocale);
    private final LeadGroupResults results;
    private long groupId;
    private Long winner;

    LeadGroupResultsView(LeadGroupResults results) {
        this.results = results;
        setWidthFull();
        setMaxWidth("80em");
        for (DatePicker day : List.of(from, to)) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
            day.setPlaceholder(getTranslation("leadresults.period.open"));
            day.setI18n(DayRange.pickerTexts(getLocale(), getTranslation("leadresults.datePicker.today"),
                    getTranslation("leadresults.datePicker.cancel")));
            day.addValueChangeListener(change -> show());
        }
        from.setLabel(getTranslation("leadresults.from"));
        to.setLabel(getTranslation("leadresults.to"));
        HorizontalLayout period = new HorizontalLayout(from, to);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        variants.addColumn(Variant::sequenceName).setHeader(getTranslation("leadresults.column.variant")).setFlexGrow(3)
                .setKey("variant");
        variants.addComponentColumn(this::winnerBadge).setKey("winner").setAutoWidth(true).setFlexGrow(0);
        variants.addColumn(variant -> texts.count(variant.leads())).setHeader(getTranslation("leadresults.column.leads")).setKey("leads");
        variants.addColumn(variant -> texts.count(variant.emailsSent())).setHeader(getTranslation("leadresults.column.emails"))
                .setKey("emails");
        variants.addColumn(variant -> texts.count(variant.conversions())).setHeader(getTranslation("leadresults.column.conversions"))
                .setKey("conversions");
        variants.addColumn(variant -> texts.percent(variant.conversionRate())).setHeader(getTranslation("leadresults.column.rate"))
                .setKey("rate");
        variants.addColumn(variant -> variant.revenue().isEmpty() ? "–" : variant.revenue().stream()
                .map(amount -> DealValues.format(amount.amount(), amount.currency(), getLocale(), "–")).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("leadresults.column.revenue")).setFlexGrow(2).setKey("revenue");
        variants.addColumn(texts::versusFirst).setHeader(getTranslation("leadresults.column.vsFirst")).setFlexGrow(3).setKey("vsFirst");
        variants.addColumn(variant -> texts.count(variant.switched())).setHeader(getTranslation("leadresults.column.switched"))
                .setKey("switched");
        variants.setAllRowsVisible(true);
        variants.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);

        Details howToRead = new Details(getTranslation("leadresults.howToRead"), new Paragraph(getTranslation("leadresults.howToRead.text")),
                new Paragraph(getTranslation("leadresults.howToRead.conversion")),
                new Paragraph(getTranslation("leadresults.howToRead.significance")));
        howToRead.setOpened(true);
        figures.setWidthFull();
        H3 significance = new H3(getTranslation("leadresults.significance"));
        significance.getStyle().set("margin-top", "var(--lumo-space-l)");
        figures.add(period, variants, significance, reading, howToRead, new H3(getTranslation("leadresults.test")), test);
        add(title, figures);
    }

    /** The route parameters of a group's results, for {@code navigate} and {@link com.vaadin.flow.router.RouterLink}. */
    public static RouteParameters of(long groupId) {
        return new RouteParameters(ID, String.valueOf(groupId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = event.getRouteParameters().getLong(ID).orElse(0L);
        show();
    }

    @Override
    public String getPageTitle() {
        return "Leadwire – " + getTranslation("leadresults.pageTitle");
    }

    private void show() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        DayRange.checkOrder(from, to, getTranslation("leadresults.period.backwards"));
        if (to.isInvalid()) {
            return;
        }
        try {
            var shown = results.of(groupId, first, last);
            title.setText(getTranslation("leadresults.title", shown.groupName()));
            figures.setVisible(true);
            winner = shown.test().winnerSequenceId();
            variants.setItems(shown.variants());
            variants.getColumnByKey("winner").setVisible(winner != null);
            reading.setText(texts.reading(shown));
            test.removeAll();
            texts.test(shown).forEach(test::add);
        } catch (NotFoundException missing) {
            title.setText(getTranslation("leadresults.missing", String.valueOf(groupId)));
            figures.setVisible(false);
        }
    }

    private Component winnerBadge(Variant variant) {
        return winner != null && winner == variant.sequenceId() ? Badges.success(getTranslation("leadresults.winner")) : new Div();
    }
}
