package com.leadwire.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.timers.Timers;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.Unique;

/**
 * An idle rule's life and its timers, through the API and the test clock: it counts from the
 * later of the deal's entry and the rule's enabling (so creating one fires nothing at once for old
 * deals), a new {@code after} re-schedules, disabling cancels, enabling again counts anew, and a
 * deal that leaves the stage is not reminded. Run on H2 and on MariaDB.
 */
abstract class IdleRulesContract extends IntegrationTestSupport {

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> rules = new ArrayList<>();

    @AfterEach
    void deleteRules() {
        rules.forEach(id -> api().delete("/api/v1/rules/" + id));
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private record Place(String source, long pipelineId, long waiting, long next) {
    }

    private Place newPlace() throws Exception {
        HttpResponse<String> pipeline = api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Espera", "kind": "OPEN"}, {"name": "Seguinte", "kind": "OPEN"},
                 {"name": "Ganho", "kind": "WON"}, {"name": "Perdido", "kind": "LOST"}]}""".formatted(Unique.key("Parados")));
        assertThat(pipeline.statusCode()).as(pipeline.body()).isEqualTo(201);
        JsonNode stages = read(pipeline).get("stages");
        long pipelineId = read(pipeline).get("id").asLong();
        String source = Unique.key("parados");
        HttpResponse<String> created = api().postJson("/api/v1/sources", """
                {"kind": "API", "key": "%s", "name": "Parados %s", "pipelineId": %d, "stageId": %d}"""
                .formatted(source, source, pipelineId, stages.get(0).get("id").asLong()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Place(source, pipelineId, stages.get(0).get("id").asLong(), stages.get(1).get("id").asLong());
    }

    private long newDeal(Place place) throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/deals", ApiClient.dealJson(place.source(), Unique.email("parado"), "Parado", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created).get("dealId").asLong();
    }

    private String idleRule(Place place, String after, boolean enabled) {
        return """
                {"name": "Parado em Espera", "enabled": %s,
                 "trigger": {"type": "DEAL_IDLE_IN_STAGE", "pipelineId": %d, "stageId": %d, "after": "%s"},
                 "conditions": {"all": [{"field": "source", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "SET_FIELD", "field": "reminded", "value": "yes"}]}"""
                .formatted(enabled, place.pipelineId(), place.waiting(), after, place.source());
    }

    private long createRule(String rule) throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/rules", rule);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = read(created).get("id").asLong();
        rules.add(id);
        return id;
    }

    private void putRule(long id, String rule) {
        HttpResponse<String> changed = api().put("/api/v1/rules/" + id, rule);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private List<Instant> dueTimesOf(long dealId, long ruleId) throws Exception {
        List<Instant> due = new ArrayList<>();
        read(api().get("/api/v1/deals/" + dealId + "/timers")).forEach(timer -> {
            if (timer.get("ruleId").asLong() == ruleId) {
                due.add(Instant.parse(timer.get("dueAt").asText()));
            }
        });
        return due;
    }

    /** The deal's one timer of the rule is due then (to the millisecond: the databases keep microseconds). */
    private void assertDueAt(long dealId, long ruleId, Instant expected) throws Exception {
        List<Instant> due = dueTimesOf(dealId, ruleId);
        assertThat(due).hasSize(1);
        assertThat(due.get(0)).isCloseTo(expected, within(1, ChronoUnit.MILLIS));
    }

    private boolean reminded(long dealId) throws Exception {
        return "yes".equals(read(api().get("/api/v1/deals/" + dealId)).at("/deal/fields/reminded").asText(null));
    }

    private void pass(Duration time) {
        clock.advance(time);
        timers.fireDue();
    }

    @Test
    void anIdleRuleCountsFromItsEnablingIsRescheduledByANewAfterAndCancelledWhenDisabled() throws Exception {
        Place place = newPlace();
        long old = newDeal(place);
        clock.advance(Duration.ofHours(2));

        long rule = createRule(idleRule(place, "PT1H", true));
        timers.fireDue();
        assertThat(reminded(old)).as("an old deal is not reminded the moment the rule exists").isFalse();
        Instant enabledAt = Instant.parse(read(api().get("/api/v1/rules/" + rule)).get("enabledAt").asText());
        assertDueAt(old, rule, enabledAt.plus(Duration.ofHours(1)));

        putRule(rule, idleRule(place, "PT3H", true));
        assertDueAt(old, rule, enabledAt.plus(Duration.ofHours(3)));
        pass(Duration.ofHours(1).plusMinutes(1));
        assertThat(reminded(old)).isFalse();

        putRule(rule, idleRule(place, "PT3H", false));
        assertThat(dueTimesOf(old, rule)).isEmpty();
        pass(Duration.ofHours(3));
        assertThat(reminded(old)).as("a disabled rule's timers are cancelled").isFalse();

        putRule(rule, idleRule(place, "PT3H", true));
        Instant enabledAgain = Instant.parse(read(api().get("/api/v1/rules/" + rule)).get("enabledAt").asText());
        assertDueAt(old, rule, enabledAgain.plus(Duration.ofHours(3)));
        pass(Duration.ofHours(3).plusMinutes(1));
        assertThat(reminded(old)).isTrue();
    }

    @Test
    void aNewDealCountsFromItsEntryAndIsNotRemindedOnceItHasMovedOn() throws Exception {
        Place place = newPlace();
        long rule = createRule(idleRule(place, "PT30M", true));
        long staying = newDeal(place);
        long moving = newDeal(place);
        assertThat(dueTimesOf(staying, rule)).hasSize(1);

        HttpResponse<String> moved = api().postJson("/api/v1/deals/" + moving + "/move", "{\"stageId\": " + place.next() + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(dueTimesOf(moving, rule)).isEmpty();
        pass(Duration.ofMinutes(31));

        assertThat(reminded(staying)).isTrue();
        assertThat(reminded(moving)).isFalse();
        assertThat(api().get("/api/v1/deals/" + staying + "/timeline").body()).contains("\"ruleName\":\"Parado em Espera\"")
                .contains("DEAL_IDLE_IN_STAGE");
    }
}
