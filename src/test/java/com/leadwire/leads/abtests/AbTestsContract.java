package com.leadwire.leads.abtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.DealTimeline;
import com.leadwire.automation.TimelineEntry;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.leads.abtests.AbTestLab.Place;
import com.leadwire.leads.LeadGroupResults;
import com.leadwire.leads.LeadGroupResultsView;
import com.leadwire.leads.LeadGroupResultsView.Variant;
import com.leadwire.leads.LeadGroupTest;
import com.leadwire.leads.LeadGroups;
import com.leadwire.leads.TestEndReason;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

/**
 * A/B tests of lead groups end to end, with real SMTP and the test clock: leads enter through the
 * deals API, convert when their deal is won, and the test ends on its date (keeping the best: the
 * losing variant's leads are switched to the winner from the step they had reached, and the deal's
 * timeline says so), on a number of leads, on a revenue, or on a conversion rate once a variant has the
 * minimum of leads; the results per variant and period, also
 * through the API. Every group takes only deals of a product of its own and is deleted afterwards.
 * Run on H2 and on MariaDB.
 */
abstract class AbTestsContract extends IntegrationTestSupport {

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    LeadGroups groups;

    @Autowired
    LeadGroupResults results;

    @Autowired
    Sequences sequences;

    @Autowired
    FollowUps followUps;

    @Autowired
    DealTimeline timeline;

    @Autowired
    MailTemplates templates;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    private final ObjectMapper json = new ObjectMapper();
    private AbTestLab lab;

    @BeforeEach
    void lab() {
        lab = new AbTestLab(pipelines, sources, templates, sequences, groups, baseUrl());
    }

    @AfterEach
    void deleteGroups() {
        lab.deleteGroups();
    }

    private void pass(Duration time) {
        clock.advance(time);
        timers.fireDue();
    }

    /** The sequence the deal's lead follows now (its one active follow-up). */
    private long following(long dealId) {
        List<FollowUpView> active = followUps.ofDeal(dealId).stream().filter(followUp -> followUp.status() == Status.ACTIVE).toList();
        assertThat(active).hasSize(1);
        return active.get(0).sequenceId();
    }

    private static long subjects(String address, String subject) {
        return TestSmtp.receivedBy(address).stream().filter(message -> subject(message).equals(subject))
                .map(message -> TestSmtp.header(message, "Message-ID")).distinct().count();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Variant variant(LeadGroupResultsView view, long sequenceId) {
        return view.variants().stream().filter(variant -> variant.sequenceId() == sequenceId).findFirst().orElseThrow();
    }

    @Test
    void aTestEndsOnItsDateAndTheLosersLeadsSwitchToTheWinnerFromTheStepTheyReached() throws Exception {
        Place place = lab.place();
        Instant endsAt = clock.instant().plus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.SECONDS);
        long group = lab.group(place, new LeadGroupTest(endsAt, null, null, null, true));
        List<String> emails = new ArrayList<>();
        List<Long> deals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            emails.add(Unique.email("ab-fim"));
            deals.add(lab.lead(place, emails.get(i), "100.00"));
        }
        // the split is even: two leads follow each variant
        Map<Long, List<Integer>> byVariant = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            byVariant.computeIfAbsent(following(deals.get(i)), variant -> new ArrayList<>()).add(i);
        }
        assertThat(byVariant.keySet()).containsExactlyInAnyOrder(place.first(), place.second());
        assertThat(byVariant.values()).allSatisfy(leads -> assertThat(leads).hasSize(2));
        List<Integer> onFirst = byVariant.get(place.first());
        List<Integer> onSecond = byVariant.get(place.second());

        pass(Duration.ofHours(1));
        for (int i = 0; i < 4; i++) {
            String address = emails.get(i);
            String expected = (onFirst.contains(i) ? place.firstTemplate() : place.secondTemplate()) + " passo 1";
            await().atMost(Duration.ofSeconds(20)).until(() -> subjects(address, expected) == 1);
        }
        long converting = deals.get(onSecond.get(0));
        lab.win(converting);
        await().atMost(Duration.ofSeconds(20)).until(() -> variant(results.of(group, null, null), place.first()).emailsSent() == 2
                && variant(results.of(group, null, null), place.second()).emailsSent() == 2);
        LeadGroupResultsView running = results.of(group, null, null);
        assertThat(variant(running, place.first())).extracting(Variant::leads, Variant::conversions).containsExactly(2L, 0L);
        assertThat(variant(running, place.second())).extracting(Variant::leads, Variant::conversions, Variant::conversionRate)
                .containsExactly(2L, 1L, 0.5);
        assertThat(variant(running, place.second()).revenue()).containsExactly(new Amount("BRL", new BigDecimal("100.00")));
        assertThat(running.test().endedAt()).isNull();

        // the end date comes before anyone's second e-mail
        pass(Duration.ofMinutes(30));
        LeadGroupResultsView ended = results.of(group, null, null);
        // the clock goes on ticking: the timer fired at its time, or a moment later
        assertThat(ended.test().endedAt()).isBetween(endsAt, endsAt.plusSeconds(60));
        assertThat(ended.test().endReason()).isEqualTo(TestEndReason.END_DATE);
        assertThat(ended.test().winnerSequenceId()).isEqualTo(place.second());
        assertThat(variant(ended, place.first()).switched()).isEqualTo(2);
        assertThat(variant(ended, place.first()).leads()).isEqualTo(2);
        for (int i : onFirst) {
            long deal = deals.get(i);
            assertThat(following(deal)).isEqualTo(place.second());
            assertThat(followUps.ofDeal(deal)).filteredOn(followUp -> followUp.sequenceId() == place.first()).singleElement()
                    .extracting(FollowUpView::status, FollowUpView::stopReason).containsExactly(Status.STOPPED, StopReason.TEST_SWITCHED);
            assertThat(jdbc.queryForObject("SELECT switched_from_sequence_id FROM lead_member WHERE deal_id = ?", Long.class, deal))
                    .isEqualTo(place.first());
            assertThat(timeline.of(deal)).extracting(TimelineEntry::summary)
                    .anyMatch(summary -> summary.contains("stopped: TEST_SWITCHED"))
                    .anyMatch(summary -> summary.contains("started by A/B test of lead group") && summary.contains("at e-mail 2"));
        }
        // the winner's lead that did not convert keeps its follow-up
        assertThat(followUps.ofDeal(deals.get(onSecond.get(1)))).singleElement().extracting(FollowUpView::status).isEqualTo(Status.ACTIVE);

        // an hour after the switch the switched leads get the winner's second e-mail, and never the loser's
        pass(Duration.ofHours(1));
        for (int i : onFirst) {
            String address = emails.get(i);
            await().atMost(Duration.ofSeconds(20)).until(() -> subjects(address, place.secondTemplate() + " passo 2") == 1);
            assertThat(subjects(address, place.firstTemplate() + " passo 2")).isZero();
            assertThat(subjects(address, place.secondTemplate() + " passo 1")).isZero();
        }

        // a lead entering after the end gets the winner
        long late = lab.lead(place, Unique.email("ab-depois"), "50.00");
        assertThat(following(late)).isEqualTo(place.second());
    }

    @Test
    void aTargetNumberOfLeadsEndsTheTestAShortWhileAfterTheLastEntersWithoutSwitchingWhenNotKeepingTheBest() throws Exception {
        Place place = lab.place();
        long group = lab.group(place, new LeadGroupTest(null, null, null, 3, false));
        List<Long> deals = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            deals.add(lab.lead(place, Unique.email("ab-alvo"), "10.00"));
        }
        pass(Duration.ofSeconds(10));
        assertThat(results.of(group, null, null).test().endedAt()).isNull();

        deals.add(lab.lead(place, Unique.email("ab-alvo"), "10.00"));
        pass(Duration.ofSeconds(10));
        LeadGroupResultsView ended = results.of(group, null, null);
        assertThat(ended.test().endReason()).isEqualTo(TestEndReason.TARGET_LEADS);
        // nobody converted: the first variant is kept
        assertThat(ended.test().winnerSequenceId()).isEqualTo(place.first());
        assertThat(ended.variants()).extracting(Variant::switched).containsOnly(0L);
        assertThat(deals).allSatisfy(deal -> assertThat(followUps.ofDeal(deal)).singleElement().extracting(FollowUpView::status)
                .isEqualTo(Status.ACTIVE));
    }

    @Test
    void aTargetRevenueReachedByOneVariantMakesItTheWinnerAndSwitchesTheOther() throws Exception {
        Place place = lab.place();
        long group = lab.group(place, new LeadGroupTest(null, null, new BigDecimal("250"), null, true));
        long one = lab.lead(place, Unique.email("ab-receita"), "300.00");
        long other = lab.lead(place, Unique.email("ab-receita"), "300.00");
        long winner = following(one);

        lab.win(one);
        pass(Duration.ofSeconds(10));

        LeadGroupResultsView ended = results.of(group, null, null);
        assertThat(ended.test().endReason()).isEqualTo(TestEndReason.TARGET_REVENUE);
        assertThat(ended.test().winnerSequenceId()).isEqualTo(winner);
        assertThat(variant(ended, winner).revenue()).containsExactly(new Amount("BRL", new BigDecimal("300.00")));
        assertThat(following(other)).isEqualTo(winner);
        // nothing had been sent: the winner starts from its first e-mail
        assertThat(timeline.of(other)).extracting(TimelineEntry::summary).anyMatch(summary -> summary.contains("at e-mail 1"));
    }

    @Test
    void aTargetConversionCountsOnceAVariantHasTheMinimumOfLeads() throws Exception {
        Place place = lab.place();
        long group = lab.group(place, new LeadGroupTest(null, new BigDecimal("0.2000"), null, null, false));
        Map<Long, List<Long>> byVariant = new java.util.HashMap<>();
        // 29 leads in each variant: the second converts 10 of them (34%), above the target but below the minimum of 30
        for (int i = 0; i < 58; i++) {
            long deal = lab.lead(place, Unique.email("ab-conversao"), "20.00");
            byVariant.computeIfAbsent(following(deal), variant -> new ArrayList<>()).add(deal);
        }
        for (long deal : byVariant.get(place.second()).subList(0, 10)) {
            lab.win(deal);
        }
        pass(Duration.ofSeconds(10));
        assertThat(results.of(group, null, null).test().endedAt()).isNull();

        // the 30th lead of each variant
        lab.lead(place, Unique.email("ab-conversao"), "20.00");
        lab.lead(place, Unique.email("ab-conversao"), "20.00");
        pass(Duration.ofSeconds(10));

        LeadGroupResultsView ended = results.of(group, null, null);
        assertThat(variant(ended, place.second())).extracting(Variant::leads, Variant::conversions).containsExactly(30L, 10L);
        assertThat(ended.test().endReason()).isEqualTo(TestEndReason.TARGET_CONVERSION);
        assertThat(ended.test().winnerSequenceId()).isEqualTo(place.second());
        // 0 of 30 against 10 of 30: z = 3.46, p = 0.0005, with the minimum of leads in both
        assertThat(ended.significance().significant()).isTrue();
        assertThat(ended.significance().reading()).startsWith("'" + sequences.find(place.second()).orElseThrow().name()
                + "' converts better than");
    }

    @Test
    void theApiAnswersTheFiguresOfThePeriodAndTheTest() throws Exception {
        Place place = lab.place();
        Instant endsAt = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        long group = lab.group(place, new LeadGroupTest(endsAt, new BigDecimal("0.2500"), null, 100, false));
        long early = lab.lead(place, Unique.email("ab-api"), "80.00");
        lab.win(early);
        clock.advance(Duration.ofDays(2));
        lab.lead(place, Unique.email("ab-api"), "80.00");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        HttpResponse<String> all = ApiClient.authenticated(baseUrl()).get("/api/v1/lead-groups/" + group + "/results");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonNode whole = json.readTree(all.body());
        assertThat(whole.get("groupId").asLong()).isEqualTo(group);
        assertThat(whole.get("variants")).hasSize(2);
        long leads = 0;
        long conversions = 0;
        for (JsonNode variant : whole.get("variants")) {
            assertThat(variant.has("sequenceName") && variant.has("emailsSent") && variant.has("conversionRate") && variant.has("revenue"))
                    .isTrue();
            leads += variant.get("leads").asLong();
            conversions += variant.get("conversions").asLong();
        }
        assertThat(leads).isEqualTo(2);
        assertThat(conversions).isEqualTo(1);
        assertThat(whole.at("/significance/verdict").asText()).isEqualTo("TOO_FEW_LEADS");
        assertThat(whole.at("/significance/significant").asBoolean()).isFalse();
        assertThat(whole.at("/significance/reading").asText()).contains("Keep the test running");
        assertThat(whole.at("/test/targetLeads").asInt()).isEqualTo(100);
        assertThat(whole.at("/test/targetConversion").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(Instant.parse(whole.at("/test/endsAt").asText())).isEqualTo(endsAt);
        assertThat(whole.at("/test/endedAt").isNull()).isTrue();

        JsonNode recent = json.readTree(ApiClient.authenticated(baseUrl()).get("/api/v1/lead-groups/" + group + "/results?from=" + today
                + "&to=" + today).body());
        assertThat(recent.get("from").asText()).isEqualTo(today.toString());
        long recentLeads = 0;
        for (JsonNode variant : recent.get("variants")) {
            recentLeads += variant.get("leads").asLong();
            assertThat(variant.get("conversions").asLong()).isZero();
        }
        assertThat(recentLeads).isEqualTo(1);

        HttpResponse<String> unknown = ApiClient.authenticated(baseUrl()).get("/api/v1/lead-groups/999999999/results");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }
}
