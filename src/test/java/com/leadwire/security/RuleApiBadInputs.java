package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.json;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.object;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.testsupport.Unique;

/**
 * The rules API, its dry-run, the automation switch and the deal timeline. A rule the sweep
 * stores is switched off and matches no deal (a source key nobody has), so it never fires for the
 * deals of other tests; the switch is only ever sent refused bodies or {@code true}.
 */
final class RuleApiBadInputs {

    private final SweepFixtures app;

    RuleApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    /** A valid rule that is off and matches nothing; {@code change} breaks one part of it. */
    private static String ruleJson(Consumer<ObjectNode> change) {
        ObjectNode rule = object().put("name", Unique.key("Sweep rule")).put("description", "sweep").put("enabled", false);
        rule.putObject("trigger").put("type", "DEAL_CREATED");
        rule.putObject("conditions").putArray("all").addObject().put("field", "source").put("op", "EQUALS")
                .put("value", Unique.key("no-such-source"));
        rule.putArray("actions").addObject().put("type", "SET_FIELD").put("field", "sweep").put("value", "yes");
        change.accept(rule);
        return json(rule);
    }

    private static Consumer<ObjectNode> trigger(Consumer<ObjectNode> change) {
        return rule -> change.accept((ObjectNode) rule.get("trigger"));
    }

    private static Consumer<ObjectNode> condition(String op, Consumer<ObjectNode> value) {
        return rule -> {
            ObjectNode condition = (ObjectNode) rule.get("conditions").get("all").get(0);
            condition.put("op", op).remove("value");
            value.accept(condition);
        };
    }

    private static Consumer<ObjectNode> action(Consumer<ObjectNode> action) {
        return rule -> {
            ArrayNode actions = rule.putArray("actions");
            action.accept(actions.addObject());
        };
    }

    List<Case> cases() {
        String create = "POST /api/v1/rules";
        String read = "GET /api/v1/rules/{id}";
        String update = "PUT /api/v1/rules/{id}";
        String delete = "DELETE /api/v1/rules/{id}";
        String dryRun = "POST /api/v1/rules/dry-run";
        String automation = "PUT /api/v1/automation";
        String timeline = "GET /api/v1/deals/{id}/timeline";
        Supplier<String> rules = () -> "/api/v1/rules";
        Supplier<String> ownRule = () -> {
            var created = app.api().postJson("/api/v1/rules", ruleJson(rule -> { }));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return "/api/v1/rules/" + body(created).get("id").asLong();
        };
        long stage = app.stage(SweepFixtures.AUTOCLOUD, "LEAD");
        long pipeline = app.pipeline(SweepFixtures.AUTOCLOUD);

        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/rules", type, null)
                .withBody(body), () -> ruleJson(rule -> { }), 400, true));
        cases.add(apiCase(create, "unknown property", "POST", rules, ruleJson(rule -> rule.put("colour", "red")), Expected.refused(422)));
        cases.add(apiCase(create, "no name", "POST", rules, ruleJson(rule -> rule.remove("name")), Expected.refused(422)));
        cases.add(apiCase(create, "over-long name", "POST", rules, ruleJson(rule -> rule.put("name", "x".repeat(201))),
                Expected.refused(422)));
        cases.add(apiCase(create, "no trigger", "POST", rules, ruleJson(rule -> rule.remove("trigger")), Expected.refused(422)));
        cases.add(apiCase(create, "unknown trigger type", "POST", rules, ruleJson(trigger(t -> t.put("type", "DEAL_TELEPORTED"))),
                Expected.refused(400)));
        cases.add(apiCase(create, "idle trigger without after", "POST", rules, ruleJson(trigger(t -> t.put("type", "DEAL_IDLE_IN_STAGE")
                .put("pipelineId", pipeline).put("stageId", stage))), Expected.refused(422)));
        for (String after : List.of("5 days", "PT0.5S", "PT0S", "-P1D", "P")) {
            cases.add(apiCase(create, "idle trigger after " + after, "POST", rules, ruleJson(trigger(t -> t.put("type", "DEAL_IDLE_IN_STAGE")
                    .put("pipelineId", pipeline).put("stageId", stage).put("after", after))), Expected.refused(422)));
        }
        cases.add(apiCase(create, "a wait on a trigger that fires at once", "POST", rules, ruleJson(trigger(t -> t.put("after", "PT2H"))),
                Expected.refused(422)));
        cases.add(apiCase(create, "a stage on a trigger that has none", "POST", rules, ruleJson(trigger(t -> t.put("type", "CONTACT_CREATED")
                .put("stageId", stage))), Expected.refused(422)));
        cases.add(apiCase(create, "stage trigger in a stage that does not exist", "POST", rules, ruleJson(trigger(t -> t
                .put("type", "DEAL_ENTERED_STAGE").put("pipelineId", pipeline).put("stageId", Long.parseLong(UNKNOWN_ID)))),
                Expected.refused(422)));
        cases.add(apiCase(create, "unknown condition field", "POST", rules, ruleJson(rule -> ((ObjectNode) rule.get("conditions")
                .get("all").get(0)).put("field", "deal.colour")), Expected.refused(422)));
        cases.add(apiCase(create, "unknown operator", "POST", rules, ruleJson(condition("LOOKS_LIKE", c -> c.put("value", "x"))),
                Expected.refused(400)));
        cases.add(apiCase(create, "ONE_OF without a list", "POST", rules, ruleJson(condition("ONE_OF", c -> c.put("value", "x"))),
                Expected.refused(422)));
        cases.add(apiCase(create, "GREATER_THAN without a number", "POST", rules, ruleJson(condition("GREATER_THAN",
                c -> c.put("value", "lots"))), Expected.refused(422)));
        cases.add(apiCase(create, "EQUALS without a value", "POST", rules, ruleJson(condition("EQUALS", c -> { })), Expected.refused(422)));
        cases.add(apiCase(create, "no action", "POST", rules, ruleJson(rule -> rule.putArray("actions")), Expected.refused(422)));
        cases.add(apiCase(create, "a null action", "POST", rules, ruleJson(rule -> rule.putArray("actions").addNull()),
                Expected.refused(422)));
        for (String type : List.of("MOVE_TO_STAGE", "ASSIGN", "SEND_EMAIL", "NOTIFY_TELEGRAM", "CALL_WEBHOOK", "SET_FIELD")) {
            cases.add(apiCase(create, type + " without its parameters", "POST", rules, ruleJson(action(a -> a.put("type", type))),
                    Expected.refused(422)));
        }
        cases.add(apiCase(create, "e-mail to a recipient that is not one", "POST", rules, ruleJson(action(a -> a.put("type", "SEND_EMAIL")
                .put("template", "LEADS - NOVO ENVIO").putArray("to").add("<script>@x"))), Expected.refused(422)));
        cases.add(apiCase(create, "a template that does not exist", "POST", rules, ruleJson(action(a -> a.put("type", "SEND_EMAIL")
                .put("template", Unique.key("no such template")).putArray("to").add("contact"))), Expected.refused(422)));
        cases.add(apiCase(create, "a stage that does not exist", "POST", rules, ruleJson(action(a -> a.put("type", "MOVE_TO_STAGE")
                .put("stageId", Long.parseLong(UNKNOWN_ID)))), Expected.refused(422)));
        cases.add(apiCase(create, "a rep that does not exist", "POST", rules, ruleJson(action(a -> a.put("type", "ASSIGN")
                .put("repId", Long.parseLong(UNKNOWN_ID)))), Expected.refused(422)));
        cases.add(apiCase(create, "a webhook that does not exist", "POST", rules, ruleJson(action(a -> a.put("type", "CALL_WEBHOOK")
                .put("webhookId", Long.parseLong(UNKNOWN_ID)))), Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            String name = payload + " " + Unique.suffix();
            cases.add(apiCase(create, "name" + shown, "POST", rules, ruleJson(rule -> rule.put("name", name)),
                    Expected.accepted(201, response -> assertThat(app.text("SELECT name FROM automation_rule WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(name))));
            cases.add(apiCase(update, "description" + shown, "PUT", ownRule, ruleJson(rule -> rule.put("description", payload)),
                    Expected.accepted(200, response -> assertThat(app.text("SELECT description FROM automation_rule WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(payload))));
        }
        cases.addAll(brokenJsonBodies(update, (type, body) -> apiRequest("PUT", ownRule.get(), type, null).withBody(body),
                () -> ruleJson(rule -> { }), 400, true));
        cases.add(apiCase(update, "no name", "PUT", ownRule, ruleJson(rule -> rule.put("name", " ")), Expected.refused(422)));
        cases.add(apiCase(update, "unknown rule", "PUT", () -> "/api/v1/rules/" + UNKNOWN_ID, ruleJson(rule -> { }), Expected.refused(404)));
        cases.add(apiCase(read, "unknown rule", "GET", () -> "/api/v1/rules/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(delete, "unknown rule", "DELETE", () -> "/api/v1/rules/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(timeline, "unknown deal", "GET", () -> "/api/v1/deals/" + UNKNOWN_ID + "/timeline", null, Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            Supplier<String> broken = () -> "/api/v1/rules/" + pathSegment(id);
            cases.add(apiCase(read, "id " + id, "GET", broken, null, Expected.refused(400)));
            cases.add(apiCase(update, "id " + id, "PUT", broken, ruleJson(rule -> { }), Expected.refused(400)));
            cases.add(apiCase(delete, "id " + id, "DELETE", broken, null, Expected.refused(400)));
            cases.add(apiCase(timeline, "id " + id, "GET", () -> "/api/v1/deals/" + pathSegment(id) + "/timeline", null,
                    Expected.refused(400)));
        }

        Supplier<String> dryRuns = () -> "/api/v1/rules/dry-run";
        String sample = "{\"trigger\": \"DEAL_CREATED\", \"deal\": {\"fields\": {\"platform\": \"autocloud\"}}, "
                + "\"contact\": {\"email\": \"sweep@example.com\"}}";
        cases.addAll(brokenJsonBodies(dryRun, (type, body) -> apiRequest("POST", "/api/v1/rules/dry-run", type, null).withBody(body),
                () -> sample, 400, true));
        cases.add(apiCase(dryRun, "neither a deal nor a trigger", "POST", dryRuns, "{}", Expected.refused(422)));
        cases.add(apiCase(dryRun, "unknown deal", "POST", dryRuns, "{\"dealId\": " + UNKNOWN_ID + "}", Expected.refused(404)));
        cases.add(apiCase(dryRun, "unknown trigger", "POST", dryRuns, sample.replace("DEAL_CREATED", "DEAL_TELEPORTED"),
                Expected.refused(400)));
        cases.add(apiCase(dryRun, "unknown property", "POST", dryRuns, sample.replace("\"deal\"", "\"colour\": 1, \"deal\""),
                Expected.refused(422)));
        cases.add(apiCase(dryRun, "sample deal in a pipeline that does not exist", "POST", dryRuns,
                sample.replace("\"fields\"", "\"pipelineId\": " + UNKNOWN_ID + ", \"fields\""), Expected.refused(422)));
        cases.add(apiCase(dryRun, "sample deal whose value is not a number", "POST", dryRuns,
                sample.replace("\"fields\"", "\"value\": \"lots\", \"fields\""), Expected.refused(400)));
        cases.add(apiCase(dryRun, "unsaved rule without a name", "POST", dryRuns,
                "{\"trigger\": \"DEAL_CREATED\", \"rule\": " + ruleJson(rule -> rule.remove("name")) + "}", Expected.refused(422)));

        Supplier<String> theSwitch = () -> "/api/v1/automation";
        cases.addAll(brokenJsonBodies(automation, (type, body) -> apiRequest("PUT", "/api/v1/automation", type, null).withBody(body),
                () -> "{\"enabled\": true}", 400, true));
        cases.add(apiCase(automation, "no enabled", "PUT", theSwitch, "{}", Expected.refused(422)));
        cases.add(apiCase(automation, "enabled null", "PUT", theSwitch, "{\"enabled\": null}", Expected.refused(422)));
        cases.add(apiCase(automation, "enabled that is not true or false", "PUT", theSwitch, "{\"enabled\": \"maybe\"}",
                Expected.refused(400)));
        cases.add(apiCase(automation, "unknown property", "PUT", theSwitch, "{\"enabled\": true, \"colour\": \"red\"}",
                Expected.refused(422)));
        cases.add(apiCase(automation, "who changed it, which the server records itself", "PUT", theSwitch,
                "{\"enabled\": true, \"changedBy\": \"someone else\"}", Expected.refused(422)));
        return cases;
    }
}
