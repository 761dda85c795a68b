package com.leadwire.admin.leads.results;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.leads.LeadGroupTest;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.abtests.AbTestLab;
import com.leadwire.leads.abtests.AbTestLab.Place;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A lead group's A/B results view: the variants, the reading and how to read it, the test's criteria and end, the period, Portuguese. */
@OnH2
class LeadGroupResultsViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    MailTemplates templates;

    @Autowired
    Sequences sequences;

    @Autowired
    LeadGroups groups;

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    private AbTestLab lab;

    @BeforeEach
    void lab() {
        lab = new AbTestLab(pipelines, sources, templates, sequences, groups, baseUrl());
    }

    @AfterEach
    void deleteGroups() {
        lab.deleteGroups();
    }

    private LeadGroupResultsView opened(long groupId, Locale locale) {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(LeadGroupResultsView.class, LeadGroupResultsView.of(groupId));
        return _get(LeadGroupResultsView.class);
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    /** The column's numbers added up over the variants. */
    private static long column(LeadGroupResultsView view, String key) {
        int rows = (int) view.variants.getListDataView().getItems().count();
        return IntStream.range(0, rows).mapToLong(row -> Long.parseLong(_getFormatted(view.variants, row, key))).sum();
    }

    @Test
    void showsEachVariantWhatTheFiguresMeanAndTheTestsCriteria() {
        Place place = lab.place();
        long group = lab.group(place, new LeadGroupTest(null, null, null, 50, true));
        long won = lab.lead(place, Unique.email("ab-painel"), "120.00");
        lab.lead(place, Unique.email("ab-painel"), "120.00");
        lab.win(won);

        LeadGroupResultsView view = opened(group, Locale.ENGLISH);

        assertThat(_get(H2.class).getText()).startsWith("A/B results: Teste AB");
        assertThat(view.variants.getListDataView().getItems().toList()).hasSize(2);
        assertThat(column(view, "leads")).isEqualTo(2);
        assertThat(column(view, "conversions")).isEqualTo(1);
        assertThat(_getFormatted(view.variants, 0, "vsFirst")).isEqualTo("(the first: the others are compared with it)");
        assertThat(view.reading.getText()).startsWith("Not enough data yet: each variant needs at least 30 leads");
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("How to read this");
        assertThat(paragraphs()).contains("Ends when 50 leads have entered the test.",
                "When it ends, every lead still in the test is switched to the best variant, and new leads all get it.",
                "The test is running.");
        assertThat(view.variants.getColumnByKey("winner").isVisible()).isFalse();
    }

    @Test
    void anEndedTestNamesItsWinnerAndWhy() {
        Place place = lab.place();
        long group = lab.group(place, new LeadGroupTest(null, null, null, 2, false));
        lab.lead(place, Unique.email("ab-painel"), "10.00");
        lab.lead(place, Unique.email("ab-painel"), "10.00");
        clock.advance(Duration.ofSeconds(10));
        timers.fireDue();

        LeadGroupResultsView view = opened(group, Locale.ENGLISH);

        assertThat(view.variants.getColumnByKey("winner").isVisible()).isTrue();
        assertThat(paragraphs()).anyMatch(text -> text.startsWith("The test ended on ")
                && text.endsWith(": the test reached its number of leads. The winner is “" + sequences.find(place.first()).orElseThrow().name()
                        + "”."));
        // the first variant (no conversion anywhere) is kept
        assertThat(((Span) _getCellComponent(view.variants, 0, "winner")).getText()).isEqualTo("Winner");
    }

    @Test
    void thePeriodCountsTheLeadsWhoEnteredInItAndABackwardsPeriodIsRefused() {
        Place place = lab.place();
        long group = lab.group(place, LeadGroupTest.NONE);
        lab.lead(place, Unique.email("ab-painel"), "10.00");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        LeadGroupResultsView view = opened(group, Locale.ENGLISH);
        assertThat(column(view, "leads")).isEqualTo(1);
        _setValue(view.from, today.plusDays(1));
        assertThat(column(view, "leads")).isZero();
        _setValue(view.to, today);
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The period ends before it begins");
        assertThat(paragraphs()).contains("No end criterion: the test runs until you change the group.");
    }

    @Test
    void speaksPortugueseAndSaysWhenAGroupTestsNothing() {
        Place place = lab.place();
        long group = lab.group(place, List.of(place.first()), LeadGroupTest.NONE);

        LeadGroupResultsView view = opened(group, Locale.forLanguageTag("pt-BR"));

        assertThat(view.reading.getText()).startsWith("O grupo envia uma só sequência: não há o que comparar.");
        assertThat(paragraphs()).contains("O grupo envia uma só sequência, então não roda teste A/B.");
        assertThat(view.variants.getColumnByKey("rate").getHeaderText()).isEqualTo("Taxa de conversão");
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Como ler isto");
    }

    @Test
    void anUnknownGroupIsSaidToBeMissing() {
        opened(999_999_999L, Locale.ENGLISH);

        assertThat(_get(H2.class).getText()).isEqualTo("There is no lead group 999999999.");
    }
}
