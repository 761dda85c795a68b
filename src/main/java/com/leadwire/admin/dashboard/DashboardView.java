package com.leadwire.admin.dashboard;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jfree.data.category.DefaultCategoryDataset;

import com.leadwire.admin.DayRange;
import com.leadwire.admin.DealValues;
import com.leadwire.admin.MainLayout;
import com.leadwire.dashboard.Dashboard;
import com.leadwire.dashboard.DashboardFigures;
import com.leadwire.leads.LeadManagementFigures;
import com.leadwire.leads.LeadManagementFigures.GroupFigures;
import com.leadwire.leads.LeadManagementFigures.StepFigures;
import com.leadwire.pipeline.PipelineStatistics;
import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.PipelineStatistics.SourceFigures;
import com.leadwire.pipeline.PipelineStatistics.StageFigures;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.ApplicationConstants;

import jakarta.annotation.security.PermitAll;

/**
 * The dashboard of a pipeline for a period: charts drawn on the server as SVG (JFreeChart), each
 * section with its numbers in a table beside the charts. The figures are {@link Dashboard}'s, the
 * same the API answers.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PermitAll
@StyleSheet("context://styles/dashboard.css")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final Select<PipelineView> pipeline = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div figures = new Div();
    private final Dashboard dashboard;

    DashboardView(Dashboard dashboard, Pipelines pipelines) {
        this.dashboard = dashboard;
        setWidthFull();
        add(new H2(getTranslation("dashboard.title")));
        List<PipelineView> all = pipelines.all();
        if (all.isEmpty()) {
            add(empty(getTranslation("dashboard.noPipelines")));
            return;
        }
        pipeline.setLabel(getTranslation("dashboard.pipeline"));
        pipeline.setItems(all);
        pipeline.setItemLabelGenerator(PipelineView::name);
        pipeline.setValue(all.get(0));
        for (DatePicker day : List.of(from, to)) {
            day.setLocale(getLocale());
            day.setI18n(DayRange.pickerTexts(getLocale(), getTranslation("dashboard.datePicker.today"),
                    getTranslation("dashboard.datePicker.cancel")));
        }
        from.setLabel(getTranslation("dashboard.from"));
        to.setLabel(getTranslation("dashboard.to"));
        from.setValue(dashboard.defaultFrom());
        to.setValue(dashboard.today());
        to.setErrorMessage(getTranslation("dashboard.period.backwards"));
        pipeline.addValueChangeListener(change -> show());
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        HorizontalLayout choices = new HorizontalLayout(pipeline, from, to);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.getStyle().set("flex-wrap", "wrap");
        figures.setWidthFull();
        add(choices, figures);
        show();
    }

    @Override
    public String getPageTitle() {
        return "Leadwire – " + getTranslation("dashboard.title");
    }

    private void show() {
        figures.removeAll();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        boolean backwards = first != null && last != null && last.isBefore(first);
        to.setInvalid(backwards);
        if (pipeline.getValue() == null || first == null || last == null || backwards) {
            return;
        }
        DashboardFigures shown = dashboard.of(pipeline.getValue().id(), first, last);
        PipelineStatistics statistics = shown.pipeline();
        if (!statistics.hasDeals()) {
            Anchor board = new Anchor("", getTranslation("dashboard.empty.board"));
            board.getElement().setAttribute(ApplicationConstants.ROUTER_LINK_ATTRIBUTE, "");
            figures.add(empty(getTranslation("dashboard.empty", statistics.pipeline().name())), new Paragraph(board));
            return;
        }
        figures.add(totals(statistics, shown.emailsSent()), stages(statistics.stages()), sources(statistics.sources()),
                leadManagement(shown.leadManagement()));
    }

    private Component totals(PipelineStatistics statistics, long emailsSent) {
        long created = statistics.sources().stream().mapToLong(SourceFigures::deals).sum();
        long won = statistics.sources().stream().mapToLong(SourceFigures::won).sum();
        HorizontalLayout totals = new HorizontalLayout(total("dashboard.total.created", created), total("dashboard.total.won", won),
                total("dashboard.total.emails", emailsSent));
        totals.getStyle().set("flex-wrap", "wrap");
        return totals;
    }

    private Component total(String key, long value) {
        return total(key, count(value));
    }

    private Component total(String key, String value) {
        Span number = new Span(value);
        number.addClassName("dashboard-total-number");
        Span label = new Span(getTranslation(key));
        label.addClassName("dashboard-total-label");
        Div box = new Div(number, label);
        box.addClassName("dashboard-total");
        return box;
    }

    private Component stages(List<StageFigures> stages) {
        DefaultCategoryDataset deals = new DefaultCategoryDataset();
        DefaultCategoryDataset value = new DefaultCategoryDataset();
        DefaultCategoryDataset conversion = new DefaultCategoryDataset();
        DefaultCategoryDataset median = new DefaultCategoryDataset();
        ChronoUnit unit = medianUnit(stages);
        for (StageFigures stage : stages) {
            String name = stage.stage().name();
            deals.addValue(stage.deals(), getTranslation("dashboard.series.deals"), name);
            stage.value().forEach(amount -> value.addValue(amount.amount(), currencyName(amount), name));
            conversion.addValue(stage.conversion(), getTranslation("dashboard.series.conversion"), name);
            median.addValue(stage.medianTime() == null ? null : (double) stage.medianTime().toSeconds() / unit.getDuration().toSeconds(),
                    getTranslation("dashboard.series.median"), name);
        }
        Div charts = charts(
                chart("stage-deals", "dashboard.chart.stageDeals", deals, NumberFormat.getIntegerInstance(getLocale()), true),
                value.getRowCount() == 0 ? null : chart("stage-value", "dashboard.chart.stageValue", value, wholeNumbers(), true),
                chart("stage-conversion", "dashboard.chart.conversion", conversion, NumberFormat.getPercentInstance(getLocale()), false),
                chart("stage-median", "dashboard.chart.median." + unit.name().toLowerCase(Locale.ROOT), median, oneDecimal(), false));

        Grid<StageFigures> table = table();
        table.addColumn(stage -> stage.stage().name()).setHeader(getTranslation("dashboard.column.stage")).setFlexGrow(2);
        table.addColumn(stage -> count(stage.deals())).setHeader(getTranslation("dashboard.column.deals"));
        table.addColumn(stage -> money(stage.value())).setHeader(getTranslation("dashboard.column.value")).setFlexGrow(2);
        table.addColumn(stage -> count(stage.nowWon())).setHeader(getTranslation("dashboard.column.nowWon"));
        table.addColumn(stage -> percent(stage.conversion())).setHeader(getTranslation("dashboard.column.conversion"));
        table.addColumn(stage -> count(stage.left())).setHeader(getTranslation("dashboard.column.left"));
        table.addColumn(stage -> duration(stage.medianTime())).setHeader(getTranslation("dashboard.column.median"));
        table.setItems(stages);
        return section("dashboard.section.stages", "dashboard.section.stages.note", charts, table);
    }

    /** Days, unless every median is shorter: then hours, or minutes. */
    private static ChronoUnit medianUnit(List<StageFigures> stages) {
        Duration longest = stages.stream().map(StageFigures::medianTime).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        if (longest.compareTo(Duration.ofDays(1)) >= 0) {
            return ChronoUnit.DAYS;
        }
        return longest.compareTo(Duration.ofHours(1)) >= 0 ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
    }

    private Component sources(List<SourceFigures> sources) {
        if (sources.isEmpty()) {
            return section("dashboard.section.sources", "dashboard.section.sources.note",
                    empty(getTranslation("dashboard.sources.none")));
        }
        DefaultCategoryDataset deals = new DefaultCategoryDataset();
        for (SourceFigures source : sources) {
            deals.addValue(source.deals(), getTranslation("dashboard.series.deals"), sourceName(source));
            deals.addValue(source.won(), getTranslation("dashboard.series.won"), sourceName(source));
        }
        Div charts = charts(chart("source-deals", "dashboard.chart.sourceDeals", deals, NumberFormat.getIntegerInstance(getLocale()), true));

        Grid<SourceFigures> table = table();
        table.addColumn(this::sourceName).setHeader(getTranslation("dashboard.column.source")).setFlexGrow(2);
        table.addColumn(source -> count(source.deals())).setHeader(getTranslation("dashboard.column.deals"));
        table.addColumn(source -> count(source.won())).setHeader(getTranslation("dashboard.column.won"));
        table.addColumn(source -> percent(source.deals() == 0 ? null : (double) source.won() / source.deals()))
                .setHeader(getTranslation("dashboard.column.conversion"));
        table.addColumn(source -> money(source.wonValue())).setHeader(getTranslation("dashboard.column.wonValue")).setFlexGrow(2);
        table.setItems(sources);
        return section("dashboard.section.sources", "dashboard.section.sources.note", charts, table);
    }

    /** The lead groups' follow-ups: per group and in total, e-mails per step, the value per step, the conversion. */
    private Component leadManagement(LeadManagementFigures leads) {
        if (leads.isEmpty()) {
            return section("dashboard.section.leads", "dashboard.section.leads.note", empty(getTranslation("dashboard.leads.none")));
        }
        GroupFigures total = leads.total();
        HorizontalLayout totals = new HorizontalLayout(total("dashboard.leads.total.targeted", total.targetedLeads()),
                total("dashboard.leads.total.converted", total.convertedLeads()),
                total("dashboard.leads.total.conversion", percent(total.conversion())),
                total("dashboard.leads.total.emails", total.steps().stream().mapToLong(StepFigures::emailsSent).sum()));
        totals.getStyle().set("flex-wrap", "wrap");
        List<GroupFigures> rows = new ArrayList<>(List.of(total));
        rows.addAll(leads.groups());

        DefaultCategoryDataset emails = new DefaultCategoryDataset();
        DefaultCategoryDataset value = new DefaultCategoryDataset();
        DefaultCategoryDataset conversion = new DefaultCategoryDataset();
        boolean currencies = rows.stream().flatMap(group -> group.value().stream()).map(Amount::currency).distinct().count() > 1;
        for (GroupFigures group : rows) {
            String name = groupName(group);
            for (StepFigures step : group.steps()) {
                String series = getTranslation("dashboard.leads.series.step", step.step());
                emails.addValue(step.emailsSent(), series, name);
                step.value().forEach(amount -> value.addValue(amount.amount(),
                        currencies ? series + " · " + currencyName(amount) : series, name));
            }
            conversion.addValue(group.conversion(), getTranslation("dashboard.series.conversion.leads"), name);
        }
        Div charts = charts(
                chart("lead-emails", "dashboard.chart.leadEmails", emails, NumberFormat.getIntegerInstance(getLocale()), true),
                value.getRowCount() == 0 ? null : chart("lead-value", "dashboard.chart.leadValue", value, wholeNumbers(), true),
                chart("lead-conversion", "dashboard.chart.leadConversion", conversion, NumberFormat.getPercentInstance(getLocale()), false));

        Grid<GroupFigures> table = table();
        table.addColumn(this::groupName).setHeader(getTranslation("dashboard.column.group")).setFlexGrow(2);
        table.addColumn(group -> count(group.targetedLeads())).setHeader(getTranslation("dashboard.column.targeted"));
        table.addColumn(group -> count(group.convertedLeads())).setHeader(getTranslation("dashboard.column.converted"));
        table.addColumn(group -> percent(group.conversion())).setHeader(getTranslation("dashboard.column.conversion"));
        for (int step = 1; step <= LeadManagementFigures.STEPS; step++) {
            int index = step - 1;
            table.addColumn(group -> count(group.steps().get(index).emailsSent()))
                    .setHeader(getTranslation("dashboard.column.stepEmails", step));
        }
        for (int step = 1; step <= LeadManagementFigures.STEPS; step++) {
            int index = step - 1;
            table.addColumn(group -> money(group.steps().get(index).value())).setHeader(getTranslation("dashboard.column.stepValue", step));
        }
        table.addColumn(group -> money(group.value())).setHeader(getTranslation("dashboard.column.leadValue")).setFlexGrow(2);
        table.setItems(rows);
        return section("dashboard.section.leads", "dashboard.section.leads.note", totals, charts, table);
    }

    private String groupName(GroupFigures group) {
        if (group.groupId() == null) {
            return getTranslation("dashboard.leads.allGroups");
        }
        return group.deleted() ? getTranslation("dashboard.leads.deletedGroup", group.groupId()) : group.name();
    }

    private Component section(String titleKey, String noteKey, Component... content) {
        Paragraph note = new Paragraph(getTranslation(noteKey));
        note.addClassName("dashboard-note");
        Div section = new Div(new H3(getTranslation(titleKey)), note);
        section.add(content);
        section.addClassName("dashboard-section");
        return section;
    }

    private Div charts(Component... charts) {
        Div row = new Div();
        Arrays.stream(charts).filter(chart -> chart != null).forEach(row::add);
        row.addClassName("dashboard-charts");
        return row;
    }

    /** A chart as inline SVG (so it scales with the page and its text stays text), under its title. */
    private Component chart(String id, String titleKey, DefaultCategoryDataset data, NumberFormat format, boolean wholeSteps) {
        Div svg = new Div();
        svg.getElement().setProperty("innerHTML", BarChartSvg.render("chart-" + id + "-", data, format, wholeSteps));
        svg.addClassName("dashboard-chart-svg");
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", getTranslation(titleKey));
        Div box = new Div(new H4(getTranslation(titleKey)), svg);
        box.addClassName("dashboard-chart");
        box.setId("chart-" + id);
        return box;
    }

    private static <T> Grid<T> table() {
        Grid<T> table = new Grid<>();
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        table.addClassName("dashboard-table");
        return table;
    }

    private Paragraph empty(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("dashboard-empty");
        return empty;
    }

    private String sourceName(SourceFigures source) {
        if (source.sourceId() == null) {
            return getTranslation("dashboard.source.none");
        }
        return source.name() == null ? getTranslation("dashboard.source.deleted", source.sourceId()) : source.name();
    }

    private String currencyName(Amount amount) {
        return amount.currency() == null ? getTranslation("dashboard.currency.none") : amount.currency();
    }

    private String count(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String money(List<Amount> amounts) {
        if (amounts.isEmpty()) {
            return "–";
        }
        return amounts.stream().map(amount -> DealValues.format(amount.amount(), amount.currency(), getLocale(), "–"))
                .collect(Collectors.joining(" · "));
    }

    /** "2 d 4 h", "3 h 20 min", "12 min": a stay as a sales person reads it. */
    private String duration(Duration time) {
        if (time == null) {
            return "–";
        }
        if (time.toDays() > 0) {
            return getTranslation("dashboard.duration.days", time.toDays(), time.toHoursPart());
        }
        if (time.toHours() > 0) {
            return getTranslation("dashboard.duration.hours", time.toHours(), time.toMinutesPart());
        }
        return getTranslation("dashboard.duration.minutes", time.toMinutes());
    }

    private NumberFormat wholeNumbers() {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format;
    }

    private NumberFormat oneDecimal() {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format;
    }
}
