package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Unique;

/**
 * A stage's entry requirements through the real API: set and read with the stage, checked when
 * set, and enforced on a person's move with a 409 problem that names the requirement and changes
 * nothing; placement does not check them. Run on H2 and on MariaDB.
 */
abstract class EntryRequirementsContract extends IntegrationTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    /** The 002 path: Novo, Apresentação, Credenciamento, Avaliação (needs the field platform), Ganho, Perdido. */
    private JsonNode commercialPipeline() throws Exception {
        return read(api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Novo"}, {"name": "Apresentação"}, {"name": "Credenciamento"},
                 {"name": "Avaliação", "requirements": {"fields": ["platform"]}},
                 {"name": "Ganho", "kind": "WON"}, {"name": "Perdido", "kind": "LOST"}]}""".formatted(Unique.key("Comercial"))), 201);
    }

    /** Avaliação only from Credenciamento, only after Apresentação, and with the field platform set. */
    private JsonNode withEvaluationPath() throws Exception {
        return withEvaluationPath(commercialPipeline());
    }

    private JsonNode withEvaluationPath(JsonNode pipeline) throws Exception {
        return read(api().put(stagePath(pipeline, "Avaliação"), """
                {"requirements": {"fromStages": [%d], "visitedStages": [%d], "fields": ["platform"]}}"""
                .formatted(stage(pipeline, "Credenciamento"), stage(pipeline, "Apresentação"))), 200);
    }

    @Test
    void aStagesRequirementsAreSetWithItAndReadBackWithThePipeline() throws Exception {
        JsonNode created = commercialPipeline();
        assertThat(requirementsOf(created, "Avaliação")).isEqualTo(json.readTree(
                "{\"fromStages\": [], \"visitedStages\": [], \"fields\": [\"platform\"]}"));
        assertThat(requirementsOf(created, "Novo")).isEqualTo(json.readTree("{\"fromStages\": [], \"visitedStages\": [], \"fields\": []}"));

        JsonNode updated = withEvaluationPath(created);
        JsonNode expected = json.readTree("{\"fromStages\": [%d], \"visitedStages\": [%d], \"fields\": [\"platform\"]}"
                .formatted(stage(created, "Credenciamento"), stage(created, "Apresentação")));
        assertThat(requirementsOf(updated, "Avaliação")).isEqualTo(expected);
        JsonNode renamed = read(api().put(stagePath(created, "Avaliação"), "{\"name\": \"Avaliação de 15 dias\"}"), 200);
        assertThat(requirementsOf(renamed, "Avaliação de 15 dias")).as("a rename keeps the requirements").isEqualTo(expected);
        JsonNode read = read(api().get("/api/v1/pipelines/" + created.get("id").asLong()), 200);
        assertThat(requirementsOf(read, "Avaliação de 15 dias")).isEqualTo(expected);
        JsonNode listed = read(api().get("/api/v1/pipelines"), 200);
        JsonNode listedPipeline = null;
        for (JsonNode candidate : listed) {
            listedPipeline = candidate.get("id").asLong() == created.get("id").asLong() ? candidate : listedPipeline;
        }
        assertThat(requirementsOf(listedPipeline, "Avaliação de 15 dias")).isEqualTo(expected);

        JsonNode added = read(api().postJson("/api/v1/pipelines/" + created.get("id").asLong() + "/stages",
                "{\"name\": \"Contrato\", \"requirements\": {\"visitedStages\": [%d]}}".formatted(stage(created, "Credenciamento"))), 201);
        assertThat(requirementsOf(added, "Contrato").get("visitedStages").get(0).asLong()).isEqualTo(stage(created, "Credenciamento"));

        JsonNode cleared = read(api().put(stagePath(created, "Avaliação"), "{\"requirements\": {}}"), 200);
        assertThat(requirementsOf(cleared, "Avaliação de 15 dias"))
                .isEqualTo(json.readTree("{\"fromStages\": [], \"visitedStages\": [], \"fields\": []}"));
    }

    @Test
    void aMoveFromAnotherStageThanTheRequiredOneIsRefusedNamingItAndChangesNothing() throws Exception {
        JsonNode pipeline = withEvaluationPath();
        long deal = createDeal(stage(pipeline, "Apresentação"), "{\"platform\": \"autocloud\"}");

        assertRefused(deal, stage(pipeline, "Avaliação"), "fromStages", "Avaliação can only be entered from Credenciamento",
                List.of("Credenciamento"));
    }

    @Test
    void aMoveIntoAStageBeforeVisitingTheRequiredOnesIsRefusedNamingThem() throws Exception {
        JsonNode pipeline = withEvaluationPath();
        long deal = createDeal(stage(pipeline, "Novo"), "{\"platform\": \"autocloud\"}");
        move(deal, stage(pipeline, "Credenciamento"));

        assertRefused(deal, stage(pipeline, "Avaliação"), "visitedStages", "A deal enters Avaliação only after Apresentação",
                List.of("Apresentação"));
    }

    @Test
    void aMoveWithoutARequiredFieldIsRefusedNamingTheField() throws Exception {
        JsonNode pipeline = commercialPipeline();
        long withoutField = createDeal(stage(pipeline, "Credenciamento"), "{\"type\": \"LEAD\"}");
        long blankField = createDeal(stage(pipeline, "Credenciamento"), "{\"platform\": \"  \"}");

        assertRefused(withoutField, stage(pipeline, "Avaliação"), "fields", "Avaliação needs the field 'platform'", List.of("'platform'"));
        assertRefused(blankField, stage(pipeline, "Avaliação"), "fields", "Avaliação needs the field 'platform'", List.of("'platform'"));
    }

    @Test
    void wonAndLostMovesMeetTheirStagesRequirementsToo() throws Exception {
        JsonNode pipeline = commercialPipeline();
        read(api().put(stagePath(pipeline, "Ganho"), "{\"requirements\": {\"fromStages\": [%d, %d]}}"
                .formatted(stage(pipeline, "Credenciamento"), stage(pipeline, "Avaliação"))), 200);
        long deal = createDeal(stage(pipeline, "Novo"), "{}");

        HttpResponse<String> won = api().postJson("/api/v1/deals/" + deal + "/won", "{}");

        assertThat(won.statusCode()).as(won.body()).isEqualTo(409);
        assertThat(read(won, 409).get("detail").asText()).isEqualTo("Ganho can only be entered from one of Credenciamento, Avaliação");
        assertThat(read(api().postJson("/api/v1/deals/" + deal + "/lost", "{\"reason\": \"sem verba\"}"), 200).get("stageName").asText())
                .isEqualTo("Perdido");
    }

    @Test
    void movesThatMeetEveryRequirementSucceed() throws Exception {
        JsonNode pipeline = withEvaluationPath();
        long deal = createDeal(stage(pipeline, "Novo"), "{\"platform\": \"autocloud\"}");

        move(deal, stage(pipeline, "Apresentação"));
        move(deal, stage(pipeline, "Credenciamento"));
        JsonNode moved = move(deal, stage(pipeline, "Avaliação"));

        assertThat(moved.get("stageName").asText()).isEqualTo("Avaliação");
        assertThat(historyOf(deal)).containsExactly(stage(pipeline, "Novo"), stage(pipeline, "Apresentação"),
                stage(pipeline, "Credenciamento"), stage(pipeline, "Avaliação"));
    }

    @Test
    void aNewDealIsPlacedStraightIntoAStageWithRequirements() throws Exception {
        JsonNode pipeline = withEvaluationPath();

        long deal = createDeal(stage(pipeline, "Avaliação"), "{}");

        assertThat(historyOf(deal)).containsExactly(stage(pipeline, "Avaliação"));
    }

    @Test
    void requirementsNamingStagesOutsideThePipelineOrBadFieldsAreRefusedAndStoreNothing() throws Exception {
        JsonNode pipeline = withEvaluationPath();
        JsonNode other = commercialPipeline();
        long evaluation = stage(pipeline, "Avaliação");
        JsonNode before = requirementsOf(pipeline, "Avaliação");
        record Bad(String body, String field, String detail) {
        }
        List<Bad> bad = List.of(
                new Bad("{\"requirements\": {\"fromStages\": [%d]}}".formatted(stage(other, "Credenciamento")), "requirements.fromStages",
                        "is not a stage of pipeline"),
                new Bad("{\"requirements\": {\"visitedStages\": [987654321]}}", "requirements.visitedStages", "is not a stage of pipeline"),
                new Bad("{\"requirements\": {\"fromStages\": [%d]}}".formatted(evaluation), "requirements.fromStages",
                        "cannot require itself"),
                new Bad("{\"requirements\": {\"fromStages\": [null]}}", "requirements.fromStages", "null is not one"),
                new Bad("{\"requirements\": {\"fields\": [\" \"]}}", "requirements.fields", "needs a name"),
                new Bad("{\"requirements\": {\"fields\": [\"%s\"]}}".formatted("x".repeat(101)), "requirements.fields", "at most 100"),
                new Bad("{\"name\": \"Avaliação nova\", \"requirements\": {\"visitedStages\": [987654321]}}", "requirements.visitedStages",
                        "is not a stage of pipeline"));

        for (Bad request : bad) {
            HttpResponse<String> refused = api().put(stagePath(pipeline, "Avaliação"), request.body());
            assertThat(refused.statusCode()).as(request.body() + " → " + refused.body()).isEqualTo(422);
            assertThat(ApiClient.isProblem(refused)).isTrue();
            assertThat(read(refused, 422).get("field").asText()).isEqualTo(request.field());
            assertThat(read(refused, 422).get("detail").asText()).contains(request.detail());
        }
        JsonNode after = read(api().get("/api/v1/pipelines/" + pipeline.get("id").asLong()), 200);
        assertThat(requirementsOf(after, "Avaliação")).as("nothing changed, not even the name").isEqualTo(before);
        String refusedName = Unique.key("Errado");
        HttpResponse<String> newPipeline = api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "A"}, {"name": "B", "requirements": {"fromStages": [%d]}}]}"""
                .formatted(refusedName, stage(other, "Novo")));
        assertThat(newPipeline.statusCode()).as(newPipeline.body()).isEqualTo(422);
        assertThat(read(api().get("/api/v1/pipelines"), 200).findValuesAsText("name")).doesNotContain(refusedName);
    }

    @Test
    void aStageThatAnotherRequiresCannotBeDeleted() throws Exception {
        JsonNode pipeline = withEvaluationPath();

        HttpResponse<String> deleted = api().delete(stagePath(pipeline, "Apresentação"));

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(409);
        assertThat(read(deleted, 409).get("detail").asText())
                .isEqualTo("stage 'Avaliação' requires 'Apresentação' to be entered; change its requirements first");
        assertThat(api().delete(stagePath(pipeline, "Avaliação")).statusCode()).as("the requiring stage itself can go").isEqualTo(200);
        assertThat(api().delete(stagePath(pipeline, "Apresentação")).statusCode()).isEqualTo(200);
    }

    /** Refused with a 409 problem naming the requirement; the deal stays where it was, with no new history. */
    private void assertRefused(long deal, long stageId, String requirement, String detail, List<String> missing) throws Exception {
        long stageBefore = stageOf(deal);
        List<Long> historyBefore = historyOf(deal);

        HttpResponse<String> refused = api().postJson("/api/v1/deals/" + deal + "/move",
                "{\"stageId\": %d, \"expectedStageId\": %d}".formatted(stageId, stageBefore));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(ApiClient.isProblem(refused)).as(refused.headers().toString()).isTrue();
        JsonNode problem = read(refused, 409);
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        assertThat(problem.get("requirement").asText()).isEqualTo(requirement);
        assertThat(problem.get("stageId").asLong()).isEqualTo(stageId);
        assertThat(json.convertValue(problem.get("missing"), List.class)).isEqualTo(missing);
        assertThat(stageOf(deal)).isEqualTo(stageBefore);
        assertThat(historyOf(deal)).isEqualTo(historyBefore);
    }

    private JsonNode move(long deal, long stageId) throws Exception {
        return read(api().postJson("/api/v1/deals/" + deal + "/move", "{\"stageId\": %d}".formatted(stageId)), 200);
    }

    private long createDeal(long stageId, String fields) throws Exception {
        return read(api().postJson("/api/v1/deals", "{\"contact\": {\"email\": \"%s\"}, \"deal\": {\"stageId\": %d, \"fields\": %s}}"
                .formatted(Unique.email("requisito"), stageId, fields)), 201).get("dealId").asLong();
    }

    private long stageOf(long deal) {
        return jdbc.queryForObject("SELECT stage_id FROM deal WHERE id = ?", Long.class, deal);
    }

    /** The stages the deal entered, in order. */
    private List<Long> historyOf(long deal) {
        return jdbc.queryForList("SELECT to_stage_id FROM deal_history WHERE deal_id = ? ORDER BY moved_at, id", Long.class, deal);
    }

    private static JsonNode requirementsOf(JsonNode pipeline, String stageName) {
        for (JsonNode stage : pipeline.get("stages")) {
            if (stage.get("name").asText().equals(stageName)) {
                return stage.get("requirements");
            }
        }
        throw new AssertionError("no stage " + stageName + " in " + pipeline);
    }

    private static long stage(JsonNode pipeline, String name) {
        for (JsonNode stage : pipeline.get("stages")) {
            if (stage.get("name").asText().equals(name)) {
                return stage.get("id").asLong();
            }
        }
        throw new AssertionError("no stage " + name + " in " + pipeline);
    }

    private static String stagePath(JsonNode pipeline, String stageName) {
        return "/api/v1/pipelines/" + pipeline.get("id").asLong() + "/stages/" + stage(pipeline, stageName);
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }
}
