package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** GET /api/v1/dashboard: the figures the panel shows, and problem+json for a period it cannot read. */
@OnH2
class DashboardApiIntegrationTests extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MovableClock clock;

    @Test
    void answersThePipelinesFiguresForThePeriod() throws Exception {
        Http api = ApiClient.authenticated(baseUrl());
        JsonNode pipeline = read(api.postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Novo", "kind": "OPEN"}, {"name": "Ganho", "kind": "WON"}]}"""
                .formatted(Unique.key("Api"))), 201);
        long pipelineId = pipeline.get("id").asLong();
        long won = 0;
        for (int i = 0; i < 2; i++) {
            won = read(api.postJson("/api/v1/deals", """
                    {"contact": {"email": "%s"}, "deal": {"pipelineId": %d, "amount": 250.5, "currency": "BRL"}}"""
                    .formatted(Unique.email("api"), pipelineId)), 201).get("dealId").asLong();
        }
        read(api.postJson("/api/v1/deals/" + won + "/won", "{}"), 200);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        JsonNode figures = read(api.get("/api/v1/dashboard?pipelineId=" + pipelineId + "&from=" + today.minusDays(6) + "&to=" + today),
                200);

        assertThat(figures.get("pipelineId").asLong()).isEqualTo(pipelineId);
        assertThat(figures.get("from").asText()).isEqualTo(today.minusDays(6).toString());
        assertThat(figures.get("to").asText()).isEqualTo(today.toString());
        assertThat(figures.get("hasDeals").asBoolean()).isTrue();
        assertThat(figures.get("emailsSent").isIntegralNumber()).isTrue();
        JsonNode novo = figures.at("/stages/0");
        assertThat(novo.get("name").asText()).isEqualTo("Novo");
        assertThat(novo.get("deals").asLong()).isEqualTo(2);
        assertThat(novo.get("nowWon").asLong()).isEqualTo(1);
        assertThat(novo.get("conversion").asDouble()).isEqualTo(0.5);
        assertThat(novo.get("left").asLong()).isEqualTo(1);
        assertThat(novo.get("medianSecondsInStage").asDouble()).isBetween(0.0, 60.0);
        assertThat(novo.at("/value/0/currency").asText()).isEqualTo("BRL");
        assertThat(novo.at("/value/0/amount").decimalValue()).isEqualByComparingTo("501.00");
        JsonNode ganho = figures.at("/stages/1");
        assertThat(ganho.get("kind").asText()).isEqualTo("WON");
        assertThat(ganho.get("deals").asLong()).isEqualTo(1);
        assertThat(ganho.get("medianSecondsInStage").isNull()).isTrue();
        JsonNode source = figures.at("/sources/0");
        assertThat(source.get("deals").asLong()).isEqualTo(2);
        assertThat(source.get("won").asLong()).isEqualTo(1);
        assertThat(source.at("/wonValue/0/amount").decimalValue()).isEqualByComparingTo("250.50");
    }

    @Test
    void withoutAPeriodItAnswersTheLastThirtyDaysByTheClock() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());

        JsonNode figures = read(ApiClient.authenticated(baseUrl()).get("/api/v1/dashboard"), 200);

        assertThat(figures.get("to").asText()).isEqualTo(today.toString());
        assertThat(figures.get("from").asText()).isEqualTo(today.minusDays(29).toString());
        assertThat(figures.get("pipelineId").isIntegralNumber()).isTrue();
        assertThat(figures.get("zone").asText()).isEqualTo(ZoneId.systemDefault().getId());
    }

    @Test
    void aBadDateABackwardPeriodAndAnUnknownPipelineAreProblems() throws Exception {
        Http api = ApiClient.authenticated(baseUrl());

        assertProblem(api.get("/api/v1/dashboard?from=2026-13-01"), 422, "from", "'2026-13-01' is not a date");
        assertProblem(api.get("/api/v1/dashboard?from=yesterday&to=2026-12-01"), 422, "from", "YYYY-MM-DD");
        assertProblem(api.get("/api/v1/dashboard?from=2026-12-01&to=2026-11-30"), 422, "to", "before its first day");
        assertProblem(api.get("/api/v1/dashboard?pipelineId=-5"), 404, null, "no pipeline -5");
        assertProblem(api.get("/api/v1/dashboard?pipelineId=abc"), 400, null, "");
        assertThat(new Http(baseUrl()).get("/api/v1/dashboard").statusCode()).isEqualTo(401);
    }

    private void assertProblem(HttpResponse<String> answer, int status, String field, String detail) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(ApiClient.isProblem(answer)).as(answer.headers().toString()).isTrue();
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("detail").asText()).contains(detail);
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
    }

    private JsonNode read(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
