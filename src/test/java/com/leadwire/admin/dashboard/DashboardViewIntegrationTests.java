package com.leadwire.admin.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.admin.DealValues;
import com.leadwire.pipeline.PipelineStatistics.SourceFigures;
import com.leadwire.pipeline.PipelineStatistics.StageFigures;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The dashboard in the panel: a pipeline with three deals made through the API today (one of
 * them won, two from a form source), its charts and numbers, another period, another pipeline,
 * the empty state, Portuguese, and a rep's view.
 */
@OnH2
class DashboardViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    Team team;

    private PipelineView sales;
    private SourceView site;

    @BeforeEach
    void threeDealsOneWon() throws Exception {
        sales = pipelines.create(Unique.key("Painel"), List.of(new StageDraft("Novo", StageKind.OPEN),
                new StageDraft("Ganho", StageKind.WON), new StageDraft("Perdido", StageKind.LOST)));
        site = sources.create(new SourceDraft(SourceKind.FORM, Unique.key("site"), "Site " + Unique.suffix(), sales.id(), null, null,
                null, null, List.of()), "test");
        Http api = ApiClient.authenticated(baseUrl());
        List<Long> deals = IntStream.range(0, 3).mapToObj(i -> {
            var created = api.postJson("/api/v1/deals", """
                    {"source": %s, "contact": {"email": "%s"}, "deal": {"pipelineId": %d, "amount": %s, "currency": "BRL"}}"""
                    .formatted(i < 2 ? "\"" + site.key() + "\"" : "null", Unique.email("painel"), sales.id(), 1000 + 500 * i));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            try {
                return new ObjectMapper().readTree(created.body()).get("dealId").asLong();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        var won = api.postJson("/api/v1/deals/" + deals.get(0) + "/won", "{}");
        assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
    }

    @Test
    void showsTheChartsAndTheNumbersOfThePipelineForTheLastThirtyDays() {
        login("admin", "admin-test-password");
        open(sales);

        assertThat(_get(DashboardView.class).from.getValue()).isEqualTo(_get(DashboardView.class).to.getValue().minusDays(29));
        assertThat(totals()).startsWith("3", "1");
        Grid<StageFigures> stages = grid(0);
        assertThat(_getFormattedRow(stages, 0)).containsExactly("Novo", "3", brl("4500"), "1", "33.3%", "1", "0 min");
        assertThat(_getFormattedRow(stages, 1)).containsExactly("Ganho", "1", brl("1000"), "1", "100%", "0", "–");
        assertThat(_getFormattedRow(stages, 2)).containsExactly("Perdido", "0", "–", "0", "–", "0", "–");
        Grid<SourceFigures> bySource = grid(1);
        assertThat(_getFormattedRow(bySource, 0)).containsExactly(site.name(), "2", "1", "50%", brl("1000"));
        assertThat(_getFormattedRow(bySource, 1)).containsExactly("No source (added by hand)", "1", "0", "0%", "–");
        for (String chart : List.of("chart-stage-deals", "chart-stage-value", "chart-stage-conversion", "chart-source-deals")) {
            assertThat(svgOf(chart)).as(chart).startsWith("<svg").contains("<rect").contains("rgb(0,106,245)");
        }
        // the one stay that ended lasted a few milliseconds: the chart counts in minutes, and its bar has no height
        assertThat(_get(Div.class, spec -> spec.withId("chart-stage-median")).getChildren().findFirst().orElseThrow())
                .extracting(title -> ((H4) title).getText()).isEqualTo("Median time in stage (minutes)");
        assertThat(svgOf("chart-stage-median")).startsWith("<svg").contains(">Novo</text>").doesNotContain(">-0</text>");
        assertThat(svgOf("chart-stage-deals")).contains(">Novo</text>", ">Ganho</text>", ">3</text>");
        assertThat(svgOf("chart-source-deals")).contains(">" + site.name() + "</text>", ">No source (added by hand)</text>");
    }

    @Test
    void anEarlierPeriodShowsWhatHappenedThen() {
        login("admin", "admin-test-password");
        open(sales);
        DashboardView view = _get(DashboardView.class);

        view.from.setValue(view.to.getValue().minusDays(90));
        view.to.setValue(view.to.getValue().minusDays(60));

        assertThat(totals()).element(0).isEqualTo("0");
        assertThat(_getFormattedRow(grid(0), 0)).containsExactly("Novo", "0", "–", "0", "–", "0", "–");
        assertThat(_find(Paragraph.class, spec -> spec.withText("No deal entered this pipeline in the period."))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("chart-source-deals"))).isEmpty();
    }

    @Test
    void aLastDayBeforeTheFirstIsMarkedAndShowsNothing() {
        login("admin", "admin-test-password");
        open(sales);
        DashboardView view = _get(DashboardView.class);

        view.to.setValue(view.from.getValue().minusDays(1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The last day must not be before the first one");
        assertThat(view.figures.getChildren()).isEmpty();
    }

    @Test
    void aPipelineWithoutDealsSaysWhereDealsComeFrom() {
        PipelineView empty = pipelines.create(Unique.key("Vazio"), List.of(new StageDraft("Novo", StageKind.OPEN)));
        login("admin", "admin-test-password");
        open(sales);

        choose(empty);

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("dashboard-empty")).get(0).getText())
                .startsWith("The pipeline " + empty.name() + " has no deals yet.");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("dashboard-chart"))).isEmpty();
    }

    @Test
    void aBrazilianReaderGetsTheDashboardInPortuguese() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        open(sales);

        assertThat(_get(H2.class).getText()).isEqualTo("Indicadores");
        assertThat(_get(DashboardView.class).from.getLabel()).isEqualTo("De");
        assertThat(_get(DashboardView.class).from.getI18n().getMonthNames()).startsWith("janeiro", "fevereiro");
        assertThat(grid(0).getColumns().get(0).getHeaderText()).isEqualTo("Etapa");
        assertThat(_getFormattedRow(grid(0), 0)).startsWith("Novo", "3").contains("33,3%");
        assertThat(_getFormattedRow(grid(1), 1)).startsWith("Sem origem (criado à mão)");
        assertThat(svgOf("chart-source-deals")).contains(">Negócios</text>", ">Ganhos</text>").doesNotContain(">Deals</text>");
        assertThat(svgOf("chart-stage-conversion")).contains("33%");
    }

    @Test
    void aRepFindsTheDashboardInTheMenuToo() {
        String username = Unique.key("rep");
        team.add(username, "Rep Painel", null, Role.REP, "rep-test-password");
        login(username, "rep-test-password");
        UI.getCurrent().navigate("");

        SideNavItem item = _get(SideNavItem.class, spec -> spec.withPredicate(entry -> "Dashboard".equals(entry.getLabel())));
        UI.getCurrent().navigate(item.getPath());

        assertThat(_get(H2.class).getText()).isEqualTo("Dashboard");
        choose(sales);
        assertThat(_getFormattedRow(grid(0), 0)).startsWith("Novo", "3");
    }

    private void open(PipelineView pipeline) {
        UI.getCurrent().navigate(DashboardView.class);
        choose(pipeline);
    }

    private static void choose(PipelineView pipeline) {
        Select<PipelineView> select = _get(DashboardView.class).pipeline;
        select.setValue(select.getListDataView().getItems().filter(item -> item.id() == pipeline.id()).findFirst().orElseThrow());
    }

    private static List<String> totals() {
        return _find(Span.class, spec -> spec.withClasses("dashboard-total-number")).stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(int index) {
        return _find(Grid.class).get(index);
    }

    private static String svgOf(String chartId) {
        Div chart = _get(Div.class, spec -> spec.withId(chartId));
        return _get(chart, Div.class, spec -> spec.withClasses("dashboard-chart-svg")).getElement().getProperty("innerHTML");
    }

    private static String brl(String amount) {
        return DealValues.format(new BigDecimal(amount), "BRL", UI.getCurrent().getLocale(), "?");
    }
}
