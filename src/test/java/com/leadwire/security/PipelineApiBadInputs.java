package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.json;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.object;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.SweepFixtures.AUTOCLOUD;
import static com.leadwire.security.SweepFixtures.FEIRAO;
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Unique;

/** Pipelines and their stages, and which stage each payment status enters. */
final class PipelineApiBadInputs {

    private final SweepFixtures app;

    PipelineApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(pipelines());
        cases.addAll(stages());
        return cases;
    }

    private static String pipelineJson(String name, String stageName) {
        ObjectNode pipeline = object().put("name", name);
        pipeline.putArray("stages").addObject().put("name", stageName).put("kind", "OPEN");
        return json(pipeline);
    }

    private List<Case> pipelines() {
        String create = "POST /api/v1/pipelines";
        String rename = "PUT /api/v1/pipelines/{id}";
        String order = "PUT /api/v1/pipelines/order";
        String delete = "DELETE /api/v1/pipelines/{id}";
        String read = "GET /api/v1/pipelines/{id}";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/pipelines", type, null)
                .withBody(body), () -> pipelineJson("Sweep " + Unique.suffix(), "Entrada"), 400, true));
        Supplier<String> pipelines = () -> "/api/v1/pipelines";
        cases.add(apiCase(create, "unknown property", "POST", pipelines, "{\"name\": \"Sweep " + Unique.suffix()
                + "\", \"colour\": \"red\", \"stages\": [{\"name\": \"Entrada\"}]}", Expected.refused(422)));
        cases.add(apiCase(create, "stages not a list", "POST", pipelines, "{\"name\": \"x\", \"stages\": \"Entrada\"}",
                Expected.refused(400)));
        cases.add(apiCase(create, "no name", "POST", pipelines, "{\"stages\": [{\"name\": \"Entrada\"}]}", Expected.refused(422)));
        cases.add(apiCase(create, "blank name", "POST", pipelines, pipelineJson("  ", "Entrada"), Expected.refused(422)));
        cases.add(apiCase(create, "over-long name", "POST", pipelines, pipelineJson("x".repeat(201), "Entrada"), Expected.refused(422)));
        cases.add(apiCase(create, "over-long stage name", "POST", pipelines, pipelineJson("Sweep " + Unique.suffix(), "x".repeat(201)),
                Expected.refused(422)));
        cases.add(apiCase(create, "no stages", "POST", pipelines, "{\"name\": \"Sweep " + Unique.suffix() + "\", \"stages\": []}",
                Expected.refused(422)));
        cases.add(apiCase(create, "unknown stage kind", "POST", pipelines, "{\"name\": \"Sweep " + Unique.suffix()
                + "\", \"stages\": [{\"name\": \"Entrada\", \"kind\": \"DONE\"}]}", Expected.refused(400)));
        cases.add(apiCase(create, "a name in use", "POST", pipelines, pipelineJson(AUTOCLOUD, "Entrada"), Expected.refused(409)));
        cases.add(new Case(create, "no API key", () -> Request.post("/api/v1/pipelines", JSON, pipelineJson("Sweep " + Unique.suffix(),
                "Entrada")), Expected.refused(401)));
        for (String payload : SQL_AND_MARKUP) {
            String name = payload + " " + Unique.suffix();
            cases.add(apiCase(create, "name = " + label(payload), "POST", pipelines, pipelineJson(name, payload),
                    Expected.accepted(201, response -> {
                        long id = body(response).get("id").asLong();
                        assertThat(app.text("SELECT name FROM pipeline WHERE id = ?", id)).isEqualTo(name);
                        assertThat(app.text("SELECT name FROM stage WHERE pipeline_id = ?", id)).isEqualTo(payload);
                    })));
        }

        Supplier<String> ownPipeline = () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong();
        cases.addAll(brokenJsonBodies(rename, (type, body) -> apiRequest("PUT", ownPipeline.get(), type, null).withBody(body),
                () -> "{\"name\": \"Sweep " + Unique.suffix() + "\"}", 400, true));
        cases.add(apiCase(rename, "over-long name", "PUT", ownPipeline, json(object().put("name", "x".repeat(201))),
                Expected.refused(422)));
        cases.add(apiCase(rename, "blank name", "PUT", ownPipeline, "{\"name\": \" \"}", Expected.refused(422)));
        cases.add(apiCase(rename, "unknown property", "PUT", ownPipeline, "{\"name\": \"Sweep " + Unique.suffix() + "\", \"x\": 1}",
                Expected.refused(422)));
        cases.add(apiCase(rename, "a name in use", "PUT", ownPipeline, json(object().put("name", FEIRAO)), Expected.refused(409)));
        cases.add(apiCase(rename, "unknown pipeline", "PUT", () -> "/api/v1/pipelines/" + UNKNOWN_ID, "{\"name\": \"x\"}",
                Expected.refused(404)));
        for (String payload : SQL_AND_MARKUP) {
            String name = payload + " " + Unique.suffix();
            long[] renamed = new long[1];
            cases.add(apiCase(rename, "name = " + label(payload), "PUT", () -> {
                renamed[0] = app.newPipeline().get("id").asLong();
                return "/api/v1/pipelines/" + renamed[0];
            }, json(object().put("name", name)), Expected.accepted(200, response ->
                    assertThat(app.text("SELECT name FROM pipeline WHERE id = ?", renamed[0])).isEqualTo(name))));
        }

        Supplier<String> orderPath = () -> "/api/v1/pipelines/order";
        cases.addAll(brokenJsonBodies(order, (type, body) -> apiRequest("PUT", orderPath.get(), type, null).withBody(body),
                () -> "{\"ids\": [1, 2, 3]}", 400, true));
        cases.add(apiCase(order, "no ids", "PUT", orderPath, "{}", Expected.refused(422)));
        cases.add(apiCase(order, "not every pipeline", "PUT", orderPath, "{\"ids\": [" + app.pipeline(AUTOCLOUD) + "]}",
                Expected.refused(422)));
        cases.add(apiCase(order, "ids not numbers", "PUT", orderPath, "{\"ids\": [\"abc\"]}", Expected.refused(400)));

        cases.add(apiCase(delete, "unknown pipeline", "DELETE", () -> "/api/v1/pipelines/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(delete, "a pipeline sources place deals into", "DELETE", () -> "/api/v1/pipelines/" + app.pipeline(AUTOCLOUD),
                null, Expected.refused(409)));
        cases.add(apiCase(delete, "moveDealsTo not a number", "DELETE", () -> "/api/v1/pipelines/" + app.pipeline(AUTOCLOUD)
                + "?moveDealsTo=abc", null, Expected.refused(400)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(delete, "id " + id, "DELETE", () -> "/api/v1/pipelines/" + pathSegment(id), null, Expected.refused(400)));
            cases.add(apiCase(read, "id " + id, "GET", () -> "/api/v1/pipelines/" + pathSegment(id), null, Expected.refused(400)));
            cases.add(apiCase(rename, "id " + id, "PUT", () -> "/api/v1/pipelines/" + pathSegment(id), "{\"name\": \"x\"}",
                    Expected.refused(400)));
        }
        cases.add(apiCase(read, "unknown pipeline", "GET", () -> "/api/v1/pipelines/" + UNKNOWN_ID, null, Expected.refused(404)));
        return cases;
    }

    /** A stage's entry requirements, when a stage is added or changed (and when a pipeline is created with them). */
    private List<Case> requirements(String add, String change, Supplier<String> ownStages, Supplier<String> ownStage) {
        String otherPipelinesStage = String.valueOf(app.stage(AUTOCLOUD, "CREDENCIAMENTO"));
        List<Case> cases = new ArrayList<>();
        cases.add(apiCase(change, "requires a stage of another pipeline", "PUT", ownStage,
                "{\"requirements\": {\"fromStages\": [" + otherPipelinesStage + "]}}", Expected.refused(422)));
        cases.add(apiCase(change, "requires an unknown stage", "PUT", ownStage,
                "{\"requirements\": {\"visitedStages\": [" + UNKNOWN_ID + "]}}", Expected.refused(422)));
        cases.add(new Case(change, "requires itself", () -> {
            JsonNode pipeline = app.newPipeline();
            long stage = pipeline.get("stages").get(0).get("id").asLong();
            return apiRequest("PUT", "/api/v1/pipelines/" + pipeline.get("id").asLong() + "/stages/" + stage, JSON,
                    "{\"requirements\": {\"fromStages\": [" + stage + "]}}");
        }, Expected.refused(422)));
        cases.add(apiCase(change, "a null stage id", "PUT", ownStage, "{\"requirements\": {\"fromStages\": [null]}}",
                Expected.refused(422)));
        cases.add(apiCase(change, "stage ids not numbers", "PUT", ownStage, "{\"requirements\": {\"fromStages\": [\"abc\"]}}",
                Expected.refused(400)));
        cases.add(apiCase(change, "stages not a list", "PUT", ownStage, "{\"requirements\": {\"visitedStages\": 1}}",
                Expected.refused(400)));
        cases.add(apiCase(change, "requirements not an object", "PUT", ownStage, "{\"requirements\": \"LEAD\"}", Expected.refused(400)));
        cases.add(apiCase(change, "unknown requirement", "PUT", ownStage, "{\"requirements\": {\"after\": [1]}}", Expected.refused(422)));
        cases.add(apiCase(change, "a blank field", "PUT", ownStage, "{\"requirements\": {\"fields\": [\" \"]}}", Expected.refused(422)));
        cases.add(apiCase(change, "an over-long field", "PUT", ownStage, json(requiredFields(List.of("x".repeat(101)))),
                Expected.refused(422)));
        cases.add(apiCase(change, "51 fields", "PUT", ownStage, json(requiredFields(IntStream.range(0, 51)
                .mapToObj(i -> "campo" + i).toList())), Expected.refused(422)));
        cases.add(apiCase(change, "no name and no requirements", "PUT", ownStage, "{}", Expected.refused(422)));
        cases.add(apiCase(add, "requires a stage of another pipeline", "POST", ownStages,
                "{\"name\": \"Nova\", \"requirements\": {\"fromStages\": [" + otherPipelinesStage + "]}}", Expected.refused(422)));
        cases.add(apiCase("POST /api/v1/pipelines", "a new stage requires a stage of another pipeline", "POST", () -> "/api/v1/pipelines",
                "{\"name\": \"Sweep " + Unique.suffix() + "\", \"stages\": [{\"name\": \"Entrada\", \"requirements\": "
                + "{\"visitedStages\": [" + otherPipelinesStage + "]}}]}", Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            long[] stage = new long[1];
            cases.add(apiCase(change, "required field = " + label(payload), "PUT", () -> {
                String path = ownStage.get();
                stage[0] = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
                return path;
            }, json(requiredFields(List.of(payload))), Expected.accepted(200, response -> {
                assertThat(body(response).get("stages").get(0).get("requirements").get("fields").get(0).asText()).isEqualTo(payload);
                assertThat(app.text("SELECT entry_requirements FROM stage WHERE id = ?", stage[0])).contains("fields");
            })));
        }
        return cases;
    }

    private static ObjectNode requiredFields(List<String> fields) {
        ObjectNode body = object();
        fields.forEach(body.putObject("requirements").putArray("fields")::add);
        return body;
    }

    private List<Case> stages() {
        String add = "POST /api/v1/pipelines/{id}/stages";
        String rename = "PUT /api/v1/pipelines/{id}/stages/{stageId}";
        String order = "PUT /api/v1/pipelines/{id}/stages/order";
        String delete = "DELETE /api/v1/pipelines/{id}/stages/{stageId}";
        String paymentStage = "PUT /api/v1/pipelines/{id}/payment-stages/{status}";
        String paymentStages = "GET /api/v1/pipelines/{id}/payment-stages";
        String dealCounts = "GET /api/v1/pipelines/{id}/deal-counts";
        Supplier<String> ownStages = () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong() + "/stages";
        Supplier<String> ownStage = () -> {
            JsonNode pipeline = app.newPipeline();
            return "/api/v1/pipelines/" + pipeline.get("id").asLong() + "/stages/" + pipeline.get("stages").get(0).get("id").asLong();
        };
        List<Case> cases = new ArrayList<>(brokenJsonBodies(add, (type, body) -> apiRequest("POST", ownStages.get(), type, null)
                .withBody(body), () -> "{\"name\": \"Nova\", \"kind\": \"OPEN\"}", 400, true));
        cases.add(apiCase(add, "over-long name", "POST", ownStages, json(object().put("name", "x".repeat(201))), Expected.refused(422)));
        cases.add(apiCase(add, "no name", "POST", ownStages, "{\"kind\": \"OPEN\"}", Expected.refused(422)));
        cases.add(apiCase(add, "unknown kind", "POST", ownStages, "{\"name\": \"Nova\", \"kind\": \"DONE\"}", Expected.refused(400)));
        cases.add(apiCase(add, "unknown property", "POST", ownStages, "{\"name\": \"Nova\", \"position\": 0}", Expected.refused(422)));
        cases.add(apiCase(add, "a name in use", "POST", ownStages, "{\"name\": \"Entrada\"}", Expected.refused(409)));
        cases.add(apiCase(add, "unknown pipeline", "POST", () -> "/api/v1/pipelines/" + UNKNOWN_ID + "/stages", "{\"name\": \"Nova\"}",
                Expected.refused(404)));
        cases.addAll(brokenJsonBodies(rename, (type, body) -> apiRequest("PUT", ownStage.get(), type, null).withBody(body),
                () -> "{\"name\": \"Nova\"}", 400, true));
        cases.add(apiCase(rename, "over-long name", "PUT", ownStage, json(object().put("name", "x".repeat(201))), Expected.refused(422)));
        cases.add(apiCase(rename, "blank name", "PUT", ownStage, "{\"name\": \"\"}", Expected.refused(422)));
        cases.add(apiCase(rename, "unknown stage", "PUT", () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong()
                + "/stages/" + UNKNOWN_ID, "{\"name\": \"Nova\"}", Expected.refused(404)));
        cases.add(apiCase(rename, "a stage of another pipeline", "PUT", () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong()
                + "/stages/" + app.stage(AUTOCLOUD, "LEAD"), "{\"name\": \"Nova\"}", Expected.refused(404)));
        cases.addAll(requirements(add, rename, ownStages, ownStage));
        for (String payload : SQL_AND_MARKUP) {
            String[] path = new String[1];
            cases.add(apiCase(add, "name = " + label(payload), "POST", () -> path[0] = ownStages.get(), json(object().put("name", payload)),
                    Expected.accepted(201, response -> assertThat(body(response).get("stages").get(1).get("name").asText())
                            .isEqualTo(payload).isEqualTo(app.text("SELECT name FROM stage WHERE id = ?",
                                    body(response).get("stages").get(1).get("id").asLong())))));
            cases.add(apiCase(rename, "name = " + label(payload), "PUT", ownStage, json(object().put("name", payload)),
                    Expected.accepted(200, response -> assertThat(app.text("SELECT name FROM stage WHERE id = ?",
                            body(response).get("stages").get(0).get("id").asLong())).isEqualTo(payload))));
        }
        Supplier<String> ownOrder = () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong() + "/stages/order";
        cases.addAll(brokenJsonBodies(order, (type, body) -> apiRequest("PUT", ownOrder.get(), type, null).withBody(body),
                () -> "{\"ids\": [1]}", 400, true));
        cases.add(apiCase(order, "no ids", "PUT", ownOrder, "{}", Expected.refused(422)));
        cases.add(apiCase(order, "a stage of another pipeline", "PUT", ownOrder, "{\"ids\": [" + app.stage(AUTOCLOUD, "LEAD") + "]}",
                Expected.refused(422)));
        cases.add(apiCase(delete, "unknown stage", "DELETE", () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong()
                + "/stages/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(delete, "a stage a source places deals into", "DELETE", () -> "/api/v1/pipelines/" + app.pipeline(AUTOCLOUD)
                + "/stages/" + app.stage(AUTOCLOUD, "LEAD"), null, Expected.refused(409)));
        cases.add(apiCase(delete, "the last stage", "DELETE", ownStage, null, Expected.refused(409)));
        cases.add(apiCase(delete, "a stage another stage requires", "DELETE", () -> "/api/v1/pipelines/" + app.pipeline(AUTOCLOUD)
                + "/stages/" + app.stage(AUTOCLOUD, "APRESENTAÇÃO"), null, Expected.refused(409)));
        cases.add(apiCase(delete, "moveDealsTo not a number", "DELETE", () -> ownStage.get() + "?moveDealsTo=abc", null,
                Expected.refused(400)));
        Supplier<String> paid = () -> "/api/v1/pipelines/" + app.newPipeline().get("id").asLong() + "/payment-stages/SUCCEEDED";
        cases.addAll(brokenJsonBodies(paymentStage, (type, body) -> apiRequest("PUT", paid.get(), type, null).withBody(body),
                () -> "{\"stageId\": null}", 400, true));
        cases.add(apiCase(paymentStage, "a stage of another pipeline", "PUT", paid, "{\"stageId\": " + app.stage(AUTOCLOUD, "LEAD") + "}",
                Expected.refused(404)));
        cases.add(apiCase(paymentStage, "stageId not a number", "PUT", paid, "{\"stageId\": \"abc\"}", Expected.refused(400)));
        cases.add(apiCase(paymentStage, "unknown property", "PUT", paid, "{\"stageId\": null, \"stage\": 1}", Expected.refused(422)));
        cases.add(apiCase(paymentStage, "unknown pipeline", "PUT", () -> "/api/v1/pipelines/" + UNKNOWN_ID + "/payment-stages/NEW",
                "{\"stageId\": null}", Expected.refused(404)));
        cases.add(apiCase(paymentStages, "unknown pipeline", "GET", () -> "/api/v1/pipelines/" + UNKNOWN_ID + "/payment-stages",
                null, Expected.refused(404)));
        cases.add(apiCase(dealCounts, "unknown pipeline", "GET", () -> "/api/v1/pipelines/" + UNKNOWN_ID + "/deal-counts", null,
                Expected.refused(404)));
        for (String status : List.of("PAID", "' OR '1'='1", "<script>")) {
            cases.add(apiCase(paymentStage, "status " + status, "PUT", () -> "/api/v1/pipelines/" + app.pipeline(AUTOCLOUD)
                    + "/payment-stages/" + pathSegment(status), "{\"stageId\": null}", Expected.refused(400)));
        }
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(add, "pipeline id " + id, "POST", () -> "/api/v1/pipelines/" + pathSegment(id) + "/stages",
                    "{\"name\": \"Nova\"}", Expected.refused(400)));
            cases.add(apiCase(delete, "stage id " + id, "DELETE", () -> "/api/v1/pipelines/" + app.pipeline(AUTOCLOUD) + "/stages/"
                    + pathSegment(id), null, Expected.refused(400)));
            cases.add(apiCase(paymentStages, "pipeline id " + id, "GET", () -> "/api/v1/pipelines/" + pathSegment(id) + "/payment-stages",
                    null, Expected.refused(400)));
            cases.add(apiCase(dealCounts, "pipeline id " + id, "GET", () -> "/api/v1/pipelines/" + pathSegment(id) + "/deal-counts",
                    null, Expected.refused(400)));
        }
        return cases;
    }
}
