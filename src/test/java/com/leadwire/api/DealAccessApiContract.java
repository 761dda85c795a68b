package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.pipeline.DealEdits;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.RepsDeals;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;

/**
 * The API's side of who may reach a deal: a key of its own reaches every deal but cannot claim
 * (it acts for no one); a key owned by a rep reaches that rep's deals and unassigned ones, and
 * another rep's is a 403 problem. Run on H2 and on MariaDB.
 */
abstract class DealAccessApiContract extends IntegrationTestSupport {

    @Autowired
    Team team;

    @Autowired
    DealEdits edits;

    private Http api;
    private TeamMember ana;
    private long anas;
    private long brunos;
    private long nobodys;

    @BeforeEach
    void dealsOfTwoReps() {
        api = ApiClient.authenticated(baseUrl());
        RepsDeals fixture = RepsDeals.create(baseUrl(), team, edits, null);
        ana = fixture.rep();
        anas = fixture.own();
        brunos = fixture.others();
        nobodys = fixture.unassigned();
    }

    @Test
    void aKeyOfItsOwnReachesEveryDealButCannotClaimOne() {
        assertThat(api.get("/api/v1/deals/" + brunos).statusCode()).isEqualTo(200);

        HttpResponse<String> claim = api.postJson("/api/v1/deals/" + nobodys + "/claim", "");

        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
        assertThat(claim.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(TestDeals.read(claim).get("detail").asText()).startsWith("only a team member can claim a deal");
        assertThat(count("SELECT COUNT(*) FROM deal WHERE id = ? AND responsible_user_id IS NULL", nobodys)).isEqualTo(1);
    }

    @Test
    void aKeyActingForARepGets403OnAnotherRepsDealAnd200OnItsOwnAndClaimsOnce() {
        HttpResponse<String> created = api.postJson("/api/v1/api-keys", """
                {"name": "%s", "scope": "write", "ownerId": %d}""".formatted(Unique.key("Ana's key"), ana.id()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode key = TestDeals.read(created);
        Http anasKey = new Http(baseUrl()).header("X-Api-Key", key.get("key").asText());
        String caller = "api:" + key.get("name").asText();
        try {
            HttpResponse<String> refused = anasKey.get("/api/v1/deals/" + brunos);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(ApiClient.isProblem(refused)).isTrue();
            assertThat(TestDeals.read(refused).get("detail").asText()).isEqualTo("deal " + brunos + " belongs to another rep");
            assertThat(anasKey.postJson("/api/v1/deals/" + brunos + "/lost", "{\"reason\": \"mine now\"}").statusCode()).isEqualTo(403);
            assertThat(anasKey.get("/api/v1/deals/" + anas).statusCode()).isEqualTo(200);

            HttpResponse<String> claimed = anasKey.postJson("/api/v1/deals/" + nobodys + "/claim", "");
            assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
            assertThat(TestDeals.read(claimed).get("responsibleUserId").asLong()).isEqualTo(ana.id());
            HttpResponse<String> again = anasKey.postJson("/api/v1/deals/" + nobodys + "/claim", "");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
            assertThat(ApiClient.isProblem(again)).isTrue();

            HttpResponse<String> bulk = anasKey.postJson("/api/v1/deals/bulk", """
                    {"ids": [%d, %d], "action": "WON"}""".formatted(brunos, anas));
            assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
            JsonNode results = TestDeals.read(bulk).get("results");
            assertThat(results.get(0).get("refusal").asText()).isEqualTo("NOT_YOURS");
            assertThat(results.get(1).get("done").asBoolean()).isTrue();
        } finally {
            assertThat(api.postJson("/api/v1/api-keys/" + key.get("id").asLong() + "/revoke", "").statusCode()).isEqualTo(200);
        }
        JsonNode deal = TestDeals.read(api.get("/api/v1/deals/" + nobodys));
        assertThat(deal.get("changes").get(0).get("what").asText()).isEqualTo("claim");
        assertThat(deal.get("changes").get(0).get("actor").asText()).isEqualTo(caller);
        JsonNode timeline = TestDeals.read(api.get("/api/v1/deals/" + nobodys + "/timeline"));
        assertThat(timeline.findValuesAsText("summary")).contains("Claimed by " + ana.displayName() + " (" + caller + ")");
        assertThat(TestDeals.read(api.get("/api/v1/deals/" + brunos)).get("deal").get("stageName").asText()).isEqualTo("Espera");
    }

    @Test
    void aBulkMoveAnswersEachIdAndAStageThatRefusesOneLeavesTheOthersMoved() {
        long pipelineId = TestDeals.read(api.get("/api/v1/deals/" + anas)).get("deal").get("pipelineId").asLong();
        long seguinte = stageOf(pipelineId, "Seguinte");
        assertThat(api.postJson("/api/v1/deals/" + nobodys + "/move", "{\"stageId\": " + seguinte + "}").statusCode()).isEqualTo(200);

        HttpResponse<String> response = api.postJson("/api/v1/deals/bulk", """
                {"ids": [%d, %d, %d, 987654321], "action": "MOVE", "stageId": %d}""".formatted(anas, brunos, nobodys, seguinte));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode outcome = TestDeals.read(response);
        assertThat(outcome.get("action").asText()).isEqualTo("MOVE");
        assertThat(outcome.get("done").asInt()).isEqualTo(2);
        assertThat(outcome.get("refused").asInt()).isEqualTo(2);
        JsonNode results = outcome.get("results");
        assertThat(results.get(0).get("id").asLong()).isEqualTo(anas);
        assertThat(results.get(0).get("done").asBoolean()).isTrue();
        assertThat(results.get(2).get("refusal").asText()).isEqualTo("CONFLICT");
        assertThat(results.get(2).get("detail").asText()).isEqualTo("deal " + nobodys + " is already in that stage");
        assertThat(results.get(3).get("refusal").asText()).isEqualTo("NOT_FOUND");
        JsonNode moved = TestDeals.read(api.get("/api/v1/deals/" + brunos));
        assertThat(moved.get("deal").get("stageName").asText()).isEqualTo("Seguinte");
        assertThat(moved.get("history").get(moved.get("history").size() - 1).get("actor").asText()).startsWith("api:");
    }

    @Test
    void aBulkRequestWithoutIdsOrWithAnUnknownActionIsRefusedAndChangesNothing() {
        HttpResponse<String> empty = api.postJson("/api/v1/deals/bulk", "{\"ids\": [], \"action\": \"WON\"}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        HttpResponse<String> unknown = api.postJson("/api/v1/deals/bulk", "{\"ids\": [%d], \"action\": \"DELETE\"}".formatted(anas));
        assertThat(unknown.statusCode()).as(unknown.body()).isBetween(400, 422);
        assertThat(TestDeals.read(api.get("/api/v1/deals/" + anas)).get("deal").get("stageName").asText()).isEqualTo("Espera");
    }

    private long stageOf(long pipelineId, String name) {
        JsonNode pipeline = TestDeals.read(api.get("/api/v1/pipelines/" + pipelineId));
        for (JsonNode stage : pipeline.get("stages")) {
            if (stage.get("name").asText().equals(name)) {
                return stage.get("id").asLong();
            }
        }
        throw new AssertionError("no stage " + name + " in " + pipeline);
    }
}
