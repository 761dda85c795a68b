package com.leadwire.admin.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.admin.DealValues;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.shared.SequenceIds;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The dashboard's lead-management section: a group whose follow-ups sent e-mails 1 to 3 to four,
 * two and one leads ten days before the shown period's end, two of which bought (after e-mail 1 and
 * after e-mail 2); its row in the table, the total row, the charts with their numbers, Portuguese,
 * and the empty state of a period without follow-ups. The figures themselves come from real intake
 * in {@code leads.figures.LeadFiguresContract}; here the rows are written as the app writes them.
 */
@OnH2
class LeadManagementSectionIntegrationTests extends PanelTestSupport {

    @Autowired
    Pipelines pipelines;

    @Autowired
    SequenceIds ids;

    @Autowired
    MovableClock clock;

    private final List<Long> groups = new ArrayList<>();
    private PipelineView sales;
    private String group;
    /** Ten days before today: no other test's follow-up falls on that day. */
    private Instant day;

    @BeforeEach
    void aGroupWithFollowUpsAndTwoSales() throws Exception {
        sales = pipelines.create(Unique.key("Leads"), List.of(new StageDraft("Novo", StageKind.OPEN), new StageDraft("Ganho", StageKind.WON)));
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}, "deal": {"pipelineId": %d}}""".formatted(Unique.email("painel"), sales.id()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        day = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).minusDays(10).atStartOfDay(ZoneId.systemDefault()).toInstant()
                .plusSeconds(3600 * 12);
        group = "Carrinhos " + Unique.suffix();
        long id = ids.next("lead_group_seq");
        groups.add(id);
        jdbc.update("""
                INSERT INTO lead_group (id, kind, name, status, source, priority, products, created_at, updated_at)
                VALUES (?, 'CUSTOM', ?, 'INACTIVE', 'ABANDONED', 0, '[]', ?, ?)""", id, group, Timestamp.from(day), Timestamp.from(day));
        // four leads: e-mails 1 to 3 sent to the first, 1 and 2 to the second, 1 to the other two
        int[] lastSent = {3, 2, 1, 1};
        for (int lead = 0; lead < lastSent.length; lead++) {
            long followUp = ids.next("follow_up_seq");
            jdbc.update("""
                    INSERT INTO follow_up (id, sequence_id, sequence_name, contact_id, deal_id, status, started_at, lead_group_id)
                    VALUES (?, 1, 'Carrinho', ?, ?, 'COMPLETED', ?, ?)""", followUp, -followUp, -followUp, Timestamp.from(day), id);
            IntStream.rangeClosed(1, lastSent[lead]).forEach(step -> jdbc.update("""
                    INSERT INTO follow_up_email (follow_up_id, step, template_name, status, due_at, updated_at)
                    VALUES (?, ?, 'Carrinho', 'SENT', ?, ?)""", followUp, step, Timestamp.from(day.plusSeconds(step)),
                    Timestamp.from(day.plusSeconds(step))));
            if (lead == 1 || lead == 2) {
                jdbc.update("""
                        INSERT INTO lead_conversion (group_id, contact_id, deal_id, follow_up_id, converted_at, amount, currency, last_step,
                                                     first_sent_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'BRL', ?, ?)""", id, -followUp, -followUp, followUp, Timestamp.from(day.plusSeconds(60)),
                        new BigDecimal(lead == 1 ? "300.00" : "120.00"), lastSent[lead], Timestamp.from(day.plusSeconds(1)));
            }
        }
    }

    @AfterEach
    void deleteTheGroupsRows() {
        for (long id : groups) {
            jdbc.update("DELETE FROM lead_conversion WHERE group_id = ?", id);
            jdbc.update("DELETE FROM follow_up WHERE lead_group_id = ?", id);
            jdbc.update("DELETE FROM lead_group WHERE id = ?", id);
        }
    }

    @Test
    void showsEachGroupAndTheTotalWithTheirChartsAndNumbers() {
        login("admin", "admin-test-password");
        openOnTheGroupsDay();

        assertThat(_get(H3.class, spec -> spec.withText("Lead management"))).isNotNull();
        Grid<?> table = leadTable();
        assertThat(_getFormattedRow(table, 0).get(0)).isEqualTo("All groups");
        assertThat(rowOf(table, group)).containsExactly(group, "4", "2", "50%", "4", "2", "1", brl("120"), brl("300"), "–", brl("420"));
        assertThat(svgOf("chart-lead-emails")).contains(">" + group + "</text>", ">All groups</text>", ">E-mail 1</text>", ">4</text>");
        assertThat(svgOf("chart-lead-value")).contains(">300</text>", ">120</text>");
        assertThat(svgOf("chart-lead-conversion")).contains(">50%</text>");
    }

    @Test
    void aBrazilianReaderGetsTheSectionInPortuguese() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        openOnTheGroupsDay();

        assertThat(_get(H3.class, spec -> spec.withText("Gestão de leads"))).isNotNull();
        Grid<?> table = leadTable();
        assertThat(table.getColumns().get(0).getHeaderText()).isEqualTo("Grupo de leads");
        assertThat(_getFormattedRow(table, 0).get(0)).isEqualTo("Todos os grupos");
        assertThat(rowOf(table, group)).startsWith(group, "4", "2", "50%");
        assertThat(_get(_get(Div.class, spec -> spec.withId("chart-lead-conversion")), H4.class).getText())
                .isEqualTo("Conversão dos leads alcançados");
        assertThat(svgOf("chart-lead-emails")).contains(">Todos os grupos</text>", ">E-mail 1</text>");
    }

    @Test
    void aPeriodWithoutFollowUpsSaysHowToGetThem() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.pipeline.setValue(view.pipeline.getListDataView().getItems().filter(item -> item.id() == sales.id()).findFirst().orElseThrow());
        view.from.setValue(LocalDate.of(2001, 1, 1));
        view.to.setValue(LocalDate.of(2001, 1, 31));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("dashboard-empty")).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("No follow-up e-mail of a lead group went out in this period"));
        assertThat(_find(Div.class, spec -> spec.withId("chart-lead-emails"))).isEmpty();
    }

    private void openOnTheGroupsDay() {
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        view.pipeline.setValue(view.pipeline.getListDataView().getItems().filter(item -> item.id() == sales.id()).findFirst().orElseThrow());
        LocalDate shown = LocalDate.ofInstant(day, ZoneId.systemDefault());
        view.from.setValue(shown);
        view.to.setValue(shown);
    }

    /** The section's table: the last grid of the page. */
    private static Grid<?> leadTable() {
        List<Grid> grids = _find(Grid.class);
        return grids.get(grids.size() - 1);
    }

    private static List<String> rowOf(Grid<?> table, String name) {
        return IntStream.range(0, _size(table)).mapToObj(row -> _getFormattedRow(table, row)).filter(cells -> cells.get(0).equals(name))
                .findFirst().orElseThrow();
    }

    private static String svgOf(String chartId) {
        Div chart = _get(Div.class, spec -> spec.withId(chartId));
        return _get(chart, Div.class, spec -> spec.withClasses("dashboard-chart-svg")).getElement().getProperty("innerHTML");
    }

    private static String brl(String amount) {
        return DealValues.format(new BigDecimal(amount), "BRL", UI.getCurrent().getLocale(), "?");
    }
}
