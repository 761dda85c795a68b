package com.leadwire.automation.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.RecordingTimerHandler;
import com.leadwire.testsupport.Unique;

/**
 * The rules' timers, run on H2 and on MariaDB: scheduled in a transaction, due by the moved test
 * clock, fired once (also by two threads at once), cancelled, re-scheduled, retried after a
 * failing handler, and listed by the API. The polling route is stopped while each test calls
 * {@link Timers#fireDue} itself; timers of other tests may fire along, so each test uses rule ids
 * of its own and asserts only on them.
 */
abstract class TimersContract extends IntegrationTestSupport {

    static final String ROUTE = "automation-timers";
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Timers timers;

    @Autowired
    RecordingTimerHandler handler;

    @Autowired
    MovableClock clock;

    @Autowired
    TimersProperties properties;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private CamelContext camel;

    @BeforeEach
    void onlyTheTestFiresTimers() throws Exception {
        camel.getRouteController().stopRoute(ROUTE);
    }

    @AfterEach
    void thePollingGoesOn() throws Exception {
        camel.getRouteController().startRoute(ROUTE);
    }

    void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    /** Rule and deal ids far above the real ones: timers need no rows behind them. */
    static long unusedId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 1_000_000_000_000_000L);
    }

    private TimerRequest idle(long rule, long deal, long stage, Duration after) {
        return new TimerRequest(rule, deal, null, TimerKind.IDLE_IN_STAGE, stage, now(), after, "test",
                Unique.key("idle:rule-" + rule + ":deal-" + deal));
    }

    TimerRequest delay(long rule, long deal, Duration after) {
        return new TimerRequest(rule, deal, null, TimerKind.DELAY, null, now(), after, "test", Unique.key("delay:rule-" + rule + ":deal-" + deal));
    }

    /** The clock's now, to the microsecond the databases keep. */
    private Instant now() {
        return ((Clock) clock).instant().truncatedTo(ChronoUnit.MICROS);
    }

    String status(String key) {
        return jdbc.queryForObject("SELECT status FROM automation_timer WHERE timer_key = ?", String.class, key);
    }

    List<String> firedKeys(long rule) {
        return handler.firedOf(rule).stream().map(TimerView::key).toList();
    }

    @Test
    void aTimerScheduledInATransactionIsPendingUntilItIsDueThenFiresOnce() {
        long rule = unusedId();
        long deal = unusedId();
        TimerRequest request = idle(rule, deal, 7, Duration.ofHours(2));
        inTransaction(() -> timers.schedule(request));

        assertThat(timers.pendingOf(deal)).singleElement().satisfies(timer -> {
            assertThat(timer.key()).isEqualTo(request.key());
            assertThat(timer.baseAt()).isEqualTo(request.baseAt());
            assertThat(timer.dueAt()).isEqualTo(request.baseAt().plus(Duration.ofHours(2)));
            assertThat(timer.kind()).isEqualTo(TimerKind.IDLE_IN_STAGE);
            assertThat(timer.stageId()).isEqualTo(7L);
            assertThat(timer.status()).isEqualTo("PENDING");
        });
        clock.advance(Duration.ofHours(2).minusSeconds(5));
        timers.fireDue();
        assertThat(handler.firedOf(rule)).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        timers.fireDue();
        timers.fireDue();

        assertThat(firedKeys(rule)).containsExactly(request.key());
        assertThat(handler.firedOf(rule).get(0).status()).isEqualTo("FIRED");
        assertThat(status(request.key())).isEqualTo("FIRED");
        assertThat(timers.pendingOf(deal)).isEmpty();
    }

    @Test
    void aKeyIsScheduledOnceWithinATransactionAndAcrossTransactions() {
        long rule = unusedId();
        long deal = unusedId();
        TimerRequest request = delay(rule, deal, Duration.ofMinutes(1));
        inTransaction(() -> {
            timers.schedule(request);
            timers.schedule(request.withAfter(Duration.ofMinutes(9)));
        });
        inTransaction(() -> timers.schedule(request.withAfter(Duration.ofMinutes(5))));

        assertThat(timers.pendingOf(deal)).singleElement()
                .satisfies(timer -> assertThat(timer.dueAt()).isEqualTo(request.baseAt().plus(Duration.ofMinutes(1))));
    }

    @Test
    void schedulingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> timers.schedule(delay(unusedId(), unusedId(), Duration.ZERO)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void twoThreadsFiringAtOnceFireEachDueTimerOnce() throws Exception {
        long rule = unusedId();
        List<TimerRequest> requests = new ArrayList<>();
        for (int i = 0; i < 3 * properties.batchSize() / 2; i++) {
            requests.add(delay(rule, unusedId(), Duration.ofSeconds(1)));
        }
        inTransaction(() -> requests.forEach(timers::schedule));
        clock.advance(Duration.ofSeconds(1));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> firing = () -> {
            start.await();
            return timers.fireDue();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = threads.submit(firing);
            Future<Integer> two = threads.submit(firing);
            start.countDown();
            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(requests.size());
        } finally {
            threads.shutdownNow();
        }

        assertThat(firedKeys(rule)).containsExactlyInAnyOrderElementsOf(requests.stream().map(TimerRequest::key).toList());
        assertThat(count("SELECT COUNT(*) FROM automation_timer WHERE rule_id = ? AND status = 'FIRED' AND attempts = 1", rule))
                .isEqualTo(requests.size());
    }

    @Test
    void aDealLeavingAStageCancelsItsIdleTimersThereAlsoThoseNotWrittenYet() {
        long rule = unusedId();
        long deal = unusedId();
        TimerRequest left = idle(rule, deal, 11, Duration.ofDays(5));
        TimerRequest otherStage = idle(rule, deal, 12, Duration.ofDays(5));
        TimerRequest delay = delay(rule, deal, Duration.ofDays(5));
        TimerRequest otherDeal = idle(rule, unusedId(), 11, Duration.ofDays(5));
        inTransaction(() -> List.of(left, otherStage, delay, otherDeal).forEach(timers::schedule));
        TimerRequest sameTransaction = idle(rule, deal, 11, Duration.ofDays(15));
        int[] cancelled = new int[1];

        inTransaction(() -> {
            timers.schedule(sameTransaction);
            cancelled[0] = timers.cancelIdle(deal, 11);
        });

        assertThat(cancelled[0]).isEqualTo(2);
        assertThat(status(left.key())).isEqualTo("CANCELLED");
        assertThat(count("SELECT COUNT(*) FROM automation_timer WHERE timer_key = ?", sameTransaction.key())).isZero();
        assertThat(timers.pendingOf(deal)).extracting(TimerView::key).containsExactlyInAnyOrder(otherStage.key(), delay.key());
        clock.advance(Duration.ofDays(5));
        timers.fireDue();
        assertThat(firedKeys(rule)).containsExactlyInAnyOrder(otherStage.key(), delay.key(), otherDeal.key());
    }

    @Test
    void aChangedDurationReschedulesTheRulesPendingTimersFromTheirBaseTime() {
        long rule = unusedId();
        TimerRequest fired = delay(rule, unusedId(), Duration.ZERO);
        inTransaction(() -> timers.schedule(fired));
        timers.fireDue();
        TimerRequest first = delay(rule, unusedId(), Duration.ofDays(5));
        TimerRequest second = idle(rule, unusedId(), 3, Duration.ofDays(5));
        TimerRequest otherRule = delay(unusedId(), unusedId(), Duration.ofDays(5));
        inTransaction(() -> List.of(first, second, otherRule).forEach(timers::schedule));

        assertThat(timers.reschedule(rule, Duration.ofHours(1))).isEqualTo(2);

        assertThat(timers.pendingOf(first.dealId())).singleElement()
                .satisfies(timer -> assertThat(timer.dueAt()).isEqualTo(first.baseAt().plus(Duration.ofHours(1))));
        assertThat(timers.pendingOf(otherRule.dealId())).singleElement()
                .satisfies(timer -> assertThat(timer.dueAt()).isEqualTo(otherRule.dueAt()));
        clock.advance(Duration.ofHours(1));
        timers.fireDue();
        assertThat(firedKeys(rule)).containsExactlyInAnyOrder(fired.key(), first.key(), second.key());
    }

    @Test
    void aDisabledRulesPendingTimersAreCancelled() {
        long rule = unusedId();
        TimerRequest first = delay(rule, unusedId(), Duration.ofMinutes(30));
        TimerRequest second = idle(rule, unusedId(), 4, Duration.ofMinutes(30));
        TimerRequest otherRule = delay(unusedId(), unusedId(), Duration.ofMinutes(30));
        inTransaction(() -> List.of(first, second, otherRule).forEach(timers::schedule));

        assertThat(timers.cancelOfRule(rule)).isEqualTo(2);

        clock.advance(Duration.ofMinutes(30));
        timers.fireDue();
        assertThat(handler.firedOf(rule)).isEmpty();
        assertThat(List.of(status(first.key()), status(second.key()), status(otherRule.key())))
                .containsExactly("CANCELLED", "CANCELLED", "FIRED");
    }

    @Test
    void enablingAnIdleRuleSchedulesTheDealsInItsStageFromTheLaterOfTheirEntryAndTheEnabling() throws Exception {
        long rule = unusedId();
        JsonNode pipeline = newPipeline();
        long stage = pipeline.get("stages").get(0).get("id").asLong();
        long longThere = newDeal(pipeline.get("id").asLong());
        long enteredLater = newDeal(pipeline.get("id").asLong());
        long alreadyTimed = newDeal(pipeline.get("id").asLong());
        Instant enabledAt = now();
        jdbc.update("UPDATE deal SET stage_entered_at = ? WHERE id = ?", Timestamp.from(enabledAt.minus(Duration.ofDays(30))), longThere);
        jdbc.update("UPDATE deal SET stage_entered_at = ? WHERE id = ?", Timestamp.from(enabledAt.plusSeconds(90)), enteredLater);
        TimerRequest existing = idle(rule, alreadyTimed, stage, Duration.ofDays(1));
        inTransaction(() -> timers.schedule(existing));

        assertThat(timers.scheduleIdleForDealsInStage(rule, stage, enabledAt, Duration.ofDays(5))).isEqualTo(2);
        assertThat(timers.scheduleIdleForDealsInStage(rule, stage, enabledAt, Duration.ofDays(5))).isZero();

        assertThat(timers.pendingOf(longThere)).singleElement().satisfies(timer -> {
            assertThat(timer.baseAt()).isEqualTo(enabledAt);
            assertThat(timer.dueAt()).isEqualTo(enabledAt.plus(Duration.ofDays(5)));
            assertThat(timer.kind()).isEqualTo(TimerKind.IDLE_IN_STAGE);
            assertThat(timer.stageId()).isEqualTo(stage);
            assertThat(timer.ruleId()).isEqualTo(rule);
            assertThat(timer.key()).isEqualTo("idle:rule-" + rule + ":deal-" + longThere + ":enabled-" + enabledAt.toEpochMilli());
            assertThat(timer.contactId()).isNotNull();
        });
        assertThat(timers.pendingOf(enteredLater)).singleElement()
                .satisfies(timer -> assertThat(timer.dueAt()).isEqualTo(enabledAt.plusSeconds(90).plus(Duration.ofDays(5))));
        assertThat(timers.pendingOf(alreadyTimed)).extracting(TimerView::key).containsExactly(existing.key());
        assertThat(count("SELECT COUNT(DISTINCT id) FROM automation_timer WHERE rule_id = ?", rule)).isEqualTo(3);
    }

    @Test
    void aFailingHandlerRollsBackItsWorkIsRetriedWithBackOffAndEndsFailedWithoutHoldingUpItsNeighbours() {
        long failing = unusedId();
        long neighbour = unusedId();
        TimerRequest doomed = delay(failing, unusedId(), Duration.ZERO);
        TimerRequest fine = delay(neighbour, unusedId(), Duration.ZERO);
        long followUpDeal = unusedId();
        handler.onFiring(failing, timer -> {
            timers.schedule(delay(failing, followUpDeal, Duration.ofMinutes(1)));
            jdbc.update("UPDATE automation_timer SET origin = 'changed by the failed work' WHERE timer_key = ?", fine.key());
            throw new IllegalStateException("the rule's template is gone");
        });
        inTransaction(() -> List.of(doomed, fine).forEach(timers::schedule));

        timers.fireDue();

        assertThat(firedKeys(neighbour)).containsExactly(fine.key());
        assertThat(jdbc.queryForObject("SELECT origin FROM automation_timer WHERE timer_key = ?", String.class, fine.key())).isEqualTo("test");
        assertThat(handler.firedOf(failing)).isEmpty();
        assertThat(timers.pendingOf(followUpDeal)).isEmpty();
        assertThat(jdbc.queryForMap("SELECT status, attempts, last_error FROM automation_timer WHERE timer_key = ?", doomed.key()))
                .containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .hasEntrySatisfying("last_error", error -> assertThat((String) error).contains("the rule's template is gone"));
        for (int attempt = 2; attempt <= properties.maxAttempts(); attempt++) {
            timers.fireDue();
            assertThat(count("SELECT attempts FROM automation_timer WHERE timer_key = ?", doomed.key())).as("not due before its back-off")
                    .isEqualTo(attempt - 1);
            clock.advance(properties.retryDelay(attempt - 1));
            timers.fireDue();
            assertThat(count("SELECT attempts FROM automation_timer WHERE timer_key = ?", doomed.key())).isEqualTo(attempt);
        }
        assertThat(status(doomed.key())).isEqualTo("FAILED");
        assertThat(handler.firedOf(failing)).isEmpty();
        assertThat(firedKeys(neighbour)).containsExactly(fine.key());
    }

    @Test
    void aHandlerThatFailsOnceFiresOnceOnItsRetry() {
        long rule = unusedId();
        TimerRequest request = delay(rule, unusedId(), Duration.ZERO);
        long followUpDeal = unusedId();
        boolean[] failedOnce = new boolean[1];
        handler.onFiring(rule, timer -> {
            timers.schedule(delay(rule, followUpDeal, Duration.ofDays(1)));
            if (!failedOnce[0]) {
                failedOnce[0] = true;
                throw new IllegalStateException("the database hiccupped");
            }
        });
        inTransaction(() -> timers.schedule(request));

        timers.fireDue();
        clock.advance(properties.retryDelay(1));
        timers.fireDue();
        timers.fireDue();

        assertThat(firedKeys(rule)).containsExactly(request.key());
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM automation_timer WHERE timer_key = ?", request.key()))
                .containsEntry("status", "FIRED").containsEntry("attempts", 2);
        assertThat(timers.pendingOf(followUpDeal)).hasSize(1);
    }

    @Test
    void thePollingRouteFiresDueTimersByItself() throws Exception {
        long rule = unusedId();
        TimerRequest request = delay(rule, unusedId(), Duration.ofSeconds(1));
        inTransaction(() -> timers.schedule(request));
        clock.advance(Duration.ofSeconds(1));

        camel.getRouteController().startRoute(ROUTE);

        await().atMost(Duration.ofSeconds(20)).until(() -> firedKeys(rule), keys -> keys.contains(request.key()));
        assertThat(firedKeys(rule)).containsExactly(request.key());
    }

    @Test
    void theApiListsADealsPendingTimersWithTheirRules() throws Exception {
        JsonNode pipeline = newPipeline();
        long stage = pipeline.get("stages").get(0).get("id").asLong();
        long deal = newDeal(pipeline.get("id").asLong());
        var rule = jdbc.queryForMap("SELECT id, name FROM automation_rule ORDER BY id LIMIT 1");
        long ruleId = ((Number) rule.get("id")).longValue();
        TimerRequest later = idle(ruleId, deal, stage, Duration.ofDays(15));
        TimerRequest sooner = idle(ruleId, deal, stage, Duration.ofDays(5));
        inTransaction(() -> List.of(later, sooner).forEach(timers::schedule));
        try {
            HttpResponse<String> response = ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + deal + "/timers");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode listed = json.readTree(response.body());
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0).get("dueAt").asText()).isEqualTo(sooner.dueAt().toString());
            assertThat(listed.get(0).get("kind").asText()).isEqualTo("IDLE_IN_STAGE");
            assertThat(listed.get(0).get("stageId").asLong()).isEqualTo(stage);
            assertThat(listed.get(0).get("ruleId").asLong()).isEqualTo(ruleId);
            assertThat(listed.get(0).get("ruleName").asText()).isEqualTo(rule.get("name"));
            assertThat(listed.get(1).get("dueAt").asText()).isEqualTo(later.dueAt().toString());
        } finally {
            inTransaction(() -> timers.cancelIdle(deal, stage));
        }
        HttpResponse<String> none = ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + deal + "/timers");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("[]");
    }

    @Test
    void theApiAnswersAnUnknownDealWithA404Problem() {
        HttpResponse<String> response = ApiClient.authenticated(baseUrl()).get("/api/v1/deals/" + unusedId() + "/timers");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(response)).isTrue();
    }

    private JsonNode newPipeline() throws Exception {
        HttpResponse<String> created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/pipelines",
                "{\"name\": \"Timers " + Unique.suffix() + "\", \"stages\": [{\"name\": \"Parado\", \"kind\": \"OPEN\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private long newDeal(long pipeline) throws Exception {
        HttpResponse<String> created = ApiClient.authenticated(baseUrl()).postJson("/api/v1/deals", """
                {"source": "leads-autocloud", "contact": {"email": "%s", "name": "Timer Deal"}, "deal": {"pipelineId": %d}}"""
                .formatted(Unique.email("timer"), pipeline));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("dealId").asLong();
    }
}
