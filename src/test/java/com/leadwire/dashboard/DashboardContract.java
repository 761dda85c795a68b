package com.leadwire.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.PipelineStatistics;
import com.leadwire.pipeline.PipelineStatistics.Amount;
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
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.SequenceIds;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.Unique;

/**
 * The dashboard's figures from a hand-made stage history: eight deals whose moves, values,
 * sources and creation times are set to the day around a ten-day period, so each figure is
 * known exactly. Run on H2 and on MariaDB.
 */
abstract class DashboardContract extends IntegrationTestSupport {

    private static final int PERIOD_DAYS = 10;

    @Autowired
    Dashboard dashboard;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    SequenceIds ids;

    @Autowired
    MovableClock clock;

    private PipelineView sales;
    private SourceView site;
    private SourceView shop;
    /** The first day of the period, 60 days before today (no other test writes history that long ago). */
    private LocalDate firstDay;

    @BeforeEach
    void salesPipeline() {
        sales = pipelines.create(Unique.key("Vendas"), List.of(new StageDraft("Novo", StageKind.OPEN),
                new StageDraft("Conversa", StageKind.OPEN), new StageDraft("Ganho", StageKind.WON),
                new StageDraft("Perdido", StageKind.LOST)));
        site = sources.create(new SourceDraft(SourceKind.FORM, Unique.key("site"), "Site " + Unique.suffix(), sales.id(), null,
                null, null, null, List.of()), "test");
        shop = sources.create(new SourceDraft(SourceKind.PAYMENT, Unique.key("loja"), "Loja " + Unique.suffix(), sales.id(), null,
                null, "segredo", "{}", List.of()), "test");
        firstDay = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()).minusDays(60);
    }

    @Test
    void countsValuesConversionAndMedianStayPerStageFromTheHistory() throws Exception {
        history();

        PipelineStatistics figures = dashboard.of(sales.id(), firstDay, lastDay()).pipeline();

        assertThat(figures.hasDeals()).isTrue();
        assertThat(figures.stages()).extracting(stage -> stage.stage().name(), StageFigures::deals, StageFigures::nowWon,
                        StageFigures::left, StageFigures::medianTime)
                .containsExactly(
                        // A, B, C, E (twice, counted once), G, H; stays ended in the period: 1, 1, 2 and 7 days
                        tuple("Novo", 6L, 2L, 4L, Duration.ofHours(36)),
                        // A, B, E; A's 5 days and E's 2 ended in the period
                        tuple("Conversa", 3L, 2L, 2L, Duration.ofHours(84)),
                        // A got there in the period; D before it, E after it
                        tuple("Ganho", 1L, 1L, 0L, null),
                        tuple("Perdido", 1L, 0L, 0L, null));
        assertThat(figures.stages()).extracting(StageFigures::value).containsExactly(
                List.of(brl("520.00"), new Amount("USD", new BigDecimal("200.00"))),
                List.of(brl("450.00")),
                List.of(brl("100.00")),
                List.of(new Amount("USD", new BigDecimal("200.00"))));
        assertThat(figures.stages()).extracting(StageFigures::conversion).containsExactly(2 / 6.0, 2 / 3.0, 1.0, 0.0);
    }

    @Test
    void countsTheDealsEachSourceBroughtInThePeriodAndTheirWonValue() throws Exception {
        history();

        List<SourceFigures> figures = dashboard.of(sales.id(), firstDay, lastDay()).pipeline().sources();

        assertThat(figures).extracting(SourceFigures::sourceId, SourceFigures::name, SourceFigures::kind, SourceFigures::deals,
                        SourceFigures::won, SourceFigures::wonValue)
                .containsExactly(
                        tuple(shop.id(), shop.name(), SourceKind.PAYMENT, 2L, 1L, List.of(brl("300.00"))),
                        tuple(site.id(), site.name(), SourceKind.FORM, 1L, 1L, List.of(brl("100.00"))),
                        tuple(null, null, null, 1L, 0L, List.of()));
    }

    @Test
    void aShorterPeriodCountsOnlyWhatHappenedInIt() throws Exception {
        history();

        // days 1 and 2: A and H enter Novo, where B and G are; B leaves it after 7 days, A only on day 3
        PipelineStatistics figures = dashboard.of(sales.id(), firstDay.plusDays(1), firstDay.plusDays(2)).pipeline();

        assertThat(figures.stages()).extracting(stage -> stage.stage().name(), StageFigures::deals, StageFigures::left,
                        StageFigures::medianTime)
                .containsExactly(
                        tuple("Novo", 4L, 1L, Duration.ofDays(7)),
                        tuple("Conversa", 1L, 0L, null),
                        tuple("Ganho", 0L, 0L, null),
                        tuple("Perdido", 0L, 0L, null));
        assertThat(figures.sources()).extracting(SourceFigures::sourceId, SourceFigures::deals)
                .containsExactly(tuple(site.id(), 1L), tuple(null, 1L));
    }

    @Test
    void countsTheEmailsSentInThePeriodOnly() {
        long before = dashboard.of(sales.id(), firstDay, lastDay()).emailsSent();

        mail("MAIL", "SENT", at(0));
        mail("MAIL", "SENT", at(4));
        mail("MAIL", "SENT", at(PERIOD_DAYS).minusMillis(1));
        mail("MAIL", "SENT", at(PERIOD_DAYS));
        mail("MAIL", "SENT", at(0).minusMillis(1));
        mail("TELEGRAM", "SENT", at(3));
        mail("MAIL", "PENDING", null);
        mail("MAIL", "DEAD", null);

        assertThat(dashboard.of(sales.id(), firstDay, lastDay()).emailsSent() - before).isEqualTo(3);
    }

    @Test
    void aPipelineWithoutDealsSaysSo() {
        DashboardFigures figures = dashboard.of(sales.id(), firstDay, lastDay());

        assertThat(figures.pipeline().hasDeals()).isFalse();
        assertThat(figures.pipeline().stages()).extracting(StageFigures::deals).containsOnly(0L);
        assertThat(figures.pipeline().sources()).isEmpty();
    }

    @Test
    void withoutDatesThePeriodIsTheLastThirtyDaysByTheClock() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        DashboardFigures figures = dashboard.of(sales.id(), null, null);

        assertThat(figures.to()).isEqualTo(today);
        assertThat(figures.from()).isEqualTo(today.minusDays(29));
        assertThat(figures.zone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void aBackwardPeriodAndAnUnknownPipelineAreRefused() {
        assertThatThrownBy(() -> dashboard.of(sales.id(), firstDay, firstDay.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("to"));
        assertThatThrownBy(() -> dashboard.of(-1L, firstDay, lastDay())).isInstanceOf(NotFoundException.class);
    }

    /**
     * The deals, by day of the period (day 0 is its first; the period ends at day 10):
     * A (site, 100 BRL, created day 1): Novo 1 → Conversa 3 → Ganho 8.
     * B (site, 50 BRL, created day −5): Novo −5 → Conversa 2, still there.
     * C (shop, 200 USD, created day 4): Novo 4 → Perdido 5.
     * D (no source, no value, created day −30): Novo −30 → Conversa −20 → Ganho −10.
     * E (shop, 300 BRL, created day 6): Novo 6 → Conversa 7 → Novo 9 → Ganho 12.
     * F (site, 80 BRL, created day 11): Novo 11.
     * G (site, 70 BRL, created day −2): Novo −2, still there.
     * H (no source, no value, created day 2): Novo 2, still there.
     */
    private void history() throws Exception {
        deal(site, "100", "BRL", stay("Novo", 1), stay("Conversa", 3), stay("Ganho", 8));
        deal(site, "50", "BRL", stay("Novo", -5), stay("Conversa", 2));
        deal(shop, "200", "USD", stay("Novo", 4), stay("Perdido", 5));
        deal(null, null, null, stay("Novo", -30), stay("Conversa", -20), stay("Ganho", -10));
        deal(shop, "300", "BRL", stay("Novo", 6), stay("Conversa", 7), stay("Novo", 9), stay("Ganho", 12));
        deal(site, "80", "BRL", stay("Novo", 11));
        deal(site, "70", "BRL", stay("Novo", -2));
        deal(null, null, null, stay("Novo", 2));
    }

    private record Stay(String stage, int day) {
    }

    private static Stay stay(String stage, int day) {
        return new Stay(stage, day);
    }

    /** A deal made through the API, then given this value, source and history (each stay ends where the next begins). */
    private void deal(SourceView source, String amount, String currency, Stay... stays) throws Exception {
        var created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", """
                {"contact": {"email": "%s"}, "deal": {"stageId": %d}}""".formatted(Unique.email("painel"), stage("Novo")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long deal = new ObjectMapper().readTree(created.body()).get("dealId").asLong();
        Stay last = stays[stays.length - 1];
        jdbc.update("""
                UPDATE deal SET source_id = ?, amount = ?, currency = ?, stage_id = ?, created_at = ?, stage_entered_at = ?
                WHERE id = ?""", source == null ? null : source.id(), amount == null ? null : new BigDecimal(amount), currency,
                stage(last.stage()), Timestamp.from(at(stays[0].day())), Timestamp.from(at(last.day())), deal);
        jdbc.update("DELETE FROM deal_history WHERE deal_id = ?", deal);
        for (int i = 0; i < stays.length; i++) {
            jdbc.update("""
                    INSERT INTO deal_history (id, deal_id, from_stage_id, to_stage_id, actor, moved_at, left_at)
                    VALUES (?, ?, ?, ?, 'test', ?, ?)""", ids.next("deal_history_seq"), deal, i == 0 ? null : stage(stays[i - 1].stage()),
                    stage(stays[i].stage()), Timestamp.from(at(stays[i].day())),
                    i + 1 < stays.length ? Timestamp.from(at(stays[i + 1].day())) : null);
        }
    }

    /** An outbox row as delivery leaves it; one not sent is due only in eight years (TIMESTAMP ends in 2038), so no sender takes it meanwhile. */
    private void mail(String channel, String status, Instant sentAt) {
        jdbc.update("""
                INSERT INTO outbox_message (id, channel, idempotency_key, recipient, payload, status, attempts, next_attempt_at,
                                            created_at, sent_at)
                VALUES (?, ?, ?, 'painel@example.com', '{}', ?, 1, ?, ?, ?)""", ids.next("outbox_message_seq"), channel,
                Unique.key("painel"), status, Timestamp.from(at(3000)), Timestamp.from(at(-1)),
                sentAt == null ? null : Timestamp.from(sentAt));
    }

    private Instant at(int day) {
        return firstDay.plusDays(day).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private LocalDate lastDay() {
        return firstDay.plusDays(PERIOD_DAYS - 1);
    }

    private long stage(String name) {
        return sales.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Amount brl(String amount) {
        return new Amount("BRL", new BigDecimal(amount));
    }
}
