package com.leadwire.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * Automation rules through the real API: their JSON, their refusals, and their firing on deals
 * made through the real intake (the e-mail at the SMTP server, the deal's timeline). Every rule
 * here has a condition only this test's data matches, and is deleted at the end. Run on H2 and
 * on MariaDB.
 */
abstract class RulesApiContract extends IntegrationTestSupport {

    private static final Duration MAIL_ARRIVES = Duration.ofSeconds(15);

    @Autowired
    Team team;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> createdRules = new ArrayList<>();

    private final List<Long> createdReps = new ArrayList<>();

    /** Own rules go; own reps are switched off, so that they join no other test's round-robin or team. */
    @AfterEach
    void deleteOwnRulesAndRetireOwnReps() {
        createdRules.forEach(id -> api().delete("/api/v1/rules/" + id));
        createdRules.clear();
        createdReps.forEach(id -> jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", id));
        createdReps.clear();
    }

    /** A rep without an e-mail address: the team's e-mails of other tests stay as they are. */
    private TeamMember newRep(String name) {
        TeamMember rep = team.add(Unique.key(name.toLowerCase()), name + " " + Unique.suffix(), null, Role.REP, null);
        createdReps.add(rep.id());
        return rep;
    }

    // --- CRUD --------------------------------------------------------------------------------

    @Test
    void createsReadsListsReplacesAndDeletesARuleInTheIssuesShape() throws Exception {
        Pipeline pipeline = newPipeline();
        String template = newTemplate("Lead parado {{contact.name}}");
        String rule = """
                {"name": "Lead parado há 5 dias", "description": "Lembra a equipe", "enabled": true,
                 "trigger": {"type": "DEAL_IDLE_IN_STAGE", "pipelineId": %d, "stageId": %d, "after": "P5D"},
                 "conditions": {"all": [{"field": "deal.fields.platform", "op": "EQUALS", "value": "%s"}],
                                "any": [{"field": "deal.value", "op": "GREATER_THAN", "value": 100},
                                        {"field": "deal.fields.type", "op": "ONE_OF", "value": ["LEAD", "AVALIAÇÃO"]}]},
                 "actions": [{"type": "SEND_EMAIL", "template": "%s", "to": ["team"], "bcc": ["auditoria@example.com"]},
                             {"type": "NOTIFY_TELEGRAM", "to": ["responsible"]}]}"""
                .formatted(pipeline.id, pipeline.stages.get(0), Unique.key("autocloud"), template);

        HttpResponse<String> created = api().postJson("/api/v1/rules", rule);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = remember(read(created).get("id").asLong());

        JsonNode sent = json.readTree(rule);
        JsonNode readBack = read(api().get("/api/v1/rules/" + id));
        for (String part : List.of("name", "description", "enabled", "trigger", "conditions", "actions")) {
            assertThat(readBack.get(part)).as(part).isEqualTo(sent.get(part));
        }
        assertThat(readBack.get("broken").asBoolean()).isFalse();
        assertThat(readBack.get("problems")).isEmpty();
        assertThat(readBack.get("enabledAt").isNull()).isFalse();
        assertThat(read(api().get("/api/v1/rules"))).anySatisfy(listed -> assertThat(listed.get("id").asLong()).isEqualTo(id));

        ObjectNode replacement = (ObjectNode) json.readTree(rule);
        replacement.put("name", "Lead parado há 15 dias").put("enabled", false).remove("description");
        ((ObjectNode) replacement.get("trigger")).put("after", "P15D");
        ((ObjectNode) replacement.get("conditions")).putArray("any");
        replacement.putArray("actions").addObject().put("type", "SET_FIELD").put("field", "lembrete").put("value", "15 dias");
        HttpResponse<String> replaced = api().put("/api/v1/rules/" + id, replacement.toString());
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode afterPut = read(api().get("/api/v1/rules/" + id));
        for (String part : List.of("name", "enabled", "trigger", "conditions", "actions")) {
            assertThat(afterPut.get(part)).as(part).isEqualTo(replacement.get(part));
        }
        assertThat(afterPut.get("description").isNull()).as("a PUT replaces the whole rule").isTrue();

        assertThat(api().delete("/api/v1/rules/" + id).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = api().get("/api/v1/rules/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(gone)).isTrue();
        assertThat(api().delete("/api/v1/rules/" + id).statusCode()).isEqualTo(404);
        assertThat(api().put("/api/v1/rules/" + id, rule).statusCode()).isEqualTo(404);
    }

    @Test
    void aRuleThatIsWrongIsRefusedNamingThePart() throws Exception {
        Pipeline pipeline = newPipeline();
        String template = newTemplate("Oi");
        String valid = """
                {"name": "Válida", "trigger": {"type": "DEAL_ENTERED_STAGE", "pipelineId": %d, "stageId": %d},
                 "conditions": {"all": [{"field": "deal.fields.platform", "op": "EQUALS", "value": "x"}]},
                 "actions": [{"type": "SEND_EMAIL", "template": "%s", "to": ["contact"]}]}"""
                .formatted(pipeline.id, pipeline.stages.get(0), template);
        String email = "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"]}";
        String idle = "{\"type\": \"DEAL_IDLE_IN_STAGE\", \"pipelineId\": %d, \"stageId\": %d"
                .formatted(pipeline.id, pipeline.stages.get(0));
        List<Refusal> refusals = new ArrayList<>();
        refusals.add(new Refusal("name", valid.replace("\"name\": \"Válida\", ", "")));
        refusals.add(new Refusal("trigger.type", valid.replace("DEAL_ENTERED_STAGE", "DEAL_TELEPORTED")));
        refusals.add(new Refusal("trigger.after", replaceTrigger(valid, idle + "}")));
        refusals.add(new Refusal("trigger.after", replaceTrigger(valid, idle + ", \"after\": \"5 days\"}")));
        refusals.add(new Refusal("trigger.after", replaceTrigger(valid, idle + ", \"after\": \"PT0.5S\"}")));
        refusals.add(new Refusal("trigger.after", replaceTrigger(valid, "{\"type\": \"DEAL_CREATED\", \"after\": \"PT2H\"}")));
        refusals.add(new Refusal("trigger.of", replaceTrigger(valid, "{\"type\": \"DEAL_CREATED\", \"of\": \"DEAL_WON\"}")));
        refusals.add(new Refusal("trigger.stageId", replaceTrigger(valid, "{\"type\": \"CONTACT_CREATED\", \"stageId\": 1}")));
        refusals.add(new Refusal("trigger.status", replaceTrigger(valid, "{\"type\": \"PAYMENT_STATUS\"}")));
        refusals.add(new Refusal("trigger.status", replaceTrigger(valid, "{\"type\": \"DEAL_WON\", \"status\": \"SUCCEEDED\"}")));
        refusals.add(new Refusal("trigger.status", replaceTrigger(valid, "{\"type\": \"PAYMENT_STATUS\", \"status\": \"PAID\"}")));
        refusals.add(new Refusal("conditions.all[0].field", valid.replace("deal.fields.platform", "deal.colour")));
        refusals.add(new Refusal("conditions.all[0].value", valid.replace("\"op\": \"EQUALS\", \"value\": \"x\"",
                "\"op\": \"ONE_OF\", \"value\": \"x\"")));
        refusals.add(new Refusal("conditions.all[0].value", valid.replace("\"op\": \"EQUALS\", \"value\": \"x\"",
                "\"op\": \"GREATER_THAN\", \"value\": \"lots\"")));
        refusals.add(new Refusal("conditions.all[0].op", valid.replace("\"EQUALS\"", "\"LOOKS_LIKE\"")));
        refusals.add(new Refusal("actions[0].template", valid.replace("\"template\": \"" + template + "\", ", "")));
        refusals.add(new Refusal("actions[0].to", valid.replace("\"to\": [\"contact\"]", "\"to\": []")));
        refusals.add(new Refusal("actions[0].stageId", valid.replace(email, "{\"type\": \"MOVE_TO_STAGE\"}")));
        refusals.add(new Refusal("actions[0].repId", valid.replace(email, "{\"type\": \"ASSIGN\"}")));
        refusals.add(new Refusal("actions[0].webhookId", valid.replace(email, "{\"type\": \"CALL_WEBHOOK\"}")));
        refusals.add(new Refusal("actions[0].field", valid.replace(email, "{\"type\": \"SET_FIELD\"}")));
        refusals.add(new Refusal("actions", valid.replace(email, "")));
        refusals.add(new Refusal("trigger.stageId", valid.replace("\"stageId\": " + pipeline.stages.get(0), "\"stageId\": 987654321")));
        refusals.add(new Refusal("trigger.pipelineId", valid.replace("\"pipelineId\": " + pipeline.id, "\"pipelineId\": 987654321")));
        refusals.add(new Refusal("actions[0].template", valid.replace("\"template\": \"" + template + "\"",
                "\"template\": \"" + Unique.key("no such") + "\"")));
        refusals.add(new Refusal("actions[0].stageId", valid.replace(email, "{\"type\": \"MOVE_TO_STAGE\", \"stageId\": 987654321}")));
        refusals.add(new Refusal("actions[0].repId", valid.replace(email, "{\"type\": \"ASSIGN\", \"repId\": 987654321}")));
        refusals.add(new Refusal("actions[0].webhookId", valid.replace(email, "{\"type\": \"CALL_WEBHOOK\", \"webhookId\": 987654321}")));
        Pipeline other = newPipeline();
        refusals.add(new Refusal("actions[0].stageId", valid.replace(email, "{\"type\": \"MOVE_TO_STAGE\", \"stageId\": "
                + other.stages.get(1) + "}")));
        refusals.add(new Refusal("colour", valid.replace("\"name\": \"Válida\"", "\"name\": \"Válida\", \"colour\": \"red\"")));
        long rulesBefore = count("SELECT COUNT(*) FROM automation_rule");

        for (Refusal refusal : refusals) {
            HttpResponse<String> answer = api().postJson("/api/v1/rules", refusal.body());
            assertThat(answer.statusCode()).as(refusal.field() + ": " + answer.body()).isIn(400, 422);
            assertThat(ApiClient.isProblem(answer)).as(refusal.field()).isTrue();
            assertThat(read(answer).path("field").asText()).as(refusal.field() + ": " + answer.body()).isEqualTo(refusal.field());
        }
        assertThat(count("SELECT COUNT(*) FROM automation_rule")).isEqualTo(rulesBefore);
        assertThat(api().postJson("/api/v1/rules", "{\"name\": ").statusCode()).isEqualTo(400);
        assertThat(api().post("/api/v1/rules", "text/plain", valid).statusCode()).isEqualTo(415);
        HttpResponse<String> anonymous = new Http(baseUrl()).postJson("/api/v1/rules", valid);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(ApiClient.isProblem(anonymous)).isTrue();
        assertThat(new Http(baseUrl()).get("/api/v1/automation").statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM automation_rule")).isEqualTo(rulesBefore);
    }

    // --- firing through the real intake --------------------------------------------------------

    @Test
    void aNewDealThatMatchesGetsItsEmailAndTheTimelineSaysWhy() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        String template = newTemplate("Bem-vindo {{contact.name}} à {{fields.platform}}");
        long rule = createRule(dealCreatedRule("Boas-vindas", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"]}"));
        String matching = Unique.email("match");
        String other = Unique.email("other");

        long matched = newDeal(source, matching, "Maria", "{\"platform\": \"" + platform + "\"}", null);
        long notMatched = newDeal(source, other, "João", "{\"platform\": \"feirao\"}", null);

        await().atMost(MAIL_ARRIVES).until(() -> TestSmtp.receivedBy(matching).size() == 1);
        MimeMessage mail = TestSmtp.receivedBy(matching).get(0);
        assertThat(mail.getSubject()).isEqualTo("Bem-vindo Maria à " + platform);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE deal_id = ? AND recipient = ?", notMatched, other)).isZero();
        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ? AND deal_id = ?", rule, notMatched)).isZero();

        JsonNode firing = firingOf(matched, rule);
        assertThat(firing.get("trigger").asText()).isEqualTo("DEAL_CREATED");
        assertThat(firing.get("outcome").asText()).isEqualTo("FIRED");
        JsonNode condition = firing.get("conditions").get(0);
        assertThat(condition.get("field").asText()).isEqualTo("deal.fields.platform");
        assertThat(condition.get("op").asText()).isEqualTo("EQUALS");
        assertThat(condition.get("actual").asText()).isEqualTo(platform);
        assertThat(condition.get("passed").asBoolean()).isTrue();
        JsonNode action = firing.get("actions").get(0);
        assertThat(action.get("type").asText()).isEqualTo("SEND_EMAIL");
        assertThat(action.get("done").asBoolean()).isTrue();
        assertThat(action.get("summary").asText()).contains("Bem-vindo Maria à " + platform).contains(matching);
        assertThat(read(api().get("/api/v1/deals/" + notMatched + "/timeline")))
                .noneSatisfy(entry -> assertThat(entry.path("ruleFiring").path("ruleId").asLong()).isEqualTo(rule));
        assertThat(api().get("/api/v1/deals/987654321/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void eachOperatorAndTheAnyOfGroupDecideWhichDealsMatch() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        createRule("""
                {"name": "%s", "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "deal.fields.platform", "op": "EQUALS", "value": "%s"},
                                        {"field": "deal.fields.type", "op": "NOT_EQUALS", "value": "SUPORTE"},
                                        {"field": "deal.fields.plan", "op": "ONE_OF", "value": ["basic", "pro"]},
                                        {"field": "deal.fields.note", "op": "CONTAINS", "value": "urgente"},
                                        {"field": "deal.value", "op": "GREATER_THAN", "value": 100},
                                        {"field": "deal.value", "op": "LESS_THAN", "value": "1000"},
                                        {"field": "deal.responsible", "op": "IS_EMPTY"}],
                                "any": [{"field": "contact.country", "op": "EQUALS", "value": "BR"},
                                        {"field": "deal.products", "op": "CONTAINS", "value": "loja"}]},
                 "actions": [{"type": "SET_FIELD", "field": "matched", "value": "yes"}]}""".formatted(Unique.key("Operadores"), platform));
        String base = "{\"platform\": \"%s\", \"type\": \"LEAD\", \"plan\": \"Pro\", \"note\": \"cliente URGENTE hoje\"}"
                .formatted(platform);
        TeamMember rep = newRep("Rep");

        assertThat(matched(newDeal(source, Unique.email("all"), "A", "BR", base, "\"amount\": 500"))).isTrue();
        assertThat(matched(newDeal(source, Unique.email("product"), "B", null, base, "\"amount\": 500, \"products\": [\"Loja virtual\"]")))
                .as("the any-of group passes by its second condition").isTrue();
        assertThat(matched(newDeal(source, Unique.email("noany"), "C", null, base, "\"amount\": 500"))).as("no condition of any-of")
                .isFalse();
        assertThat(matched(newDeal(source, Unique.email("type"), "D", "BR", base.replace("LEAD", "suporte"), "\"amount\": 500")))
                .as("NOT_EQUALS ignores case").isFalse();
        assertThat(matched(newDeal(source, Unique.email("plan"), "E", "BR", base.replace("Pro", "enterprise"), "\"amount\": 500")))
                .as("ONE_OF").isFalse();
        assertThat(matched(newDeal(source, Unique.email("note"), "F", "BR", base.replace("URGENTE", "calmo"), "\"amount\": 500")))
                .as("CONTAINS").isFalse();
        assertThat(matched(newDeal(source, Unique.email("cheap"), "G", "BR", base, "\"amount\": 100"))).as("GREATER_THAN is strict")
                .isFalse();
        assertThat(matched(newDeal(source, Unique.email("dear"), "H", "BR", base, "\"amount\": 1000"))).as("LESS_THAN is strict")
                .isFalse();
        assertThat(matched(newDeal(source, Unique.email("novalue"), "I", "BR", base, null))).as("no value").isFalse();
        assertThat(matched(newDeal(source, Unique.email("taken"), "J", "BR", base, "\"amount\": 500, \"responsible\": \""
                + rep.username() + "\""))).as("IS_EMPTY on deal.responsible").isFalse();
    }

    @Test
    void stageWonAndLostTriggersFireAndAChainOfRuleMovesEndsWhereTheRulesSay() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        long entered = createRule(stageRule("DEAL_ENTERED_STAGE", pipeline, pipeline.stages.get(1), platform,
                "{\"type\": \"MOVE_TO_STAGE\", \"stageId\": " + pipeline.stages.get(2) + "}"));
        long then = createRule(stageRule("DEAL_ENTERED_STAGE", pipeline, pipeline.stages.get(2), platform,
                "{\"type\": \"MOVE_TO_STAGE\", \"stageId\": " + pipeline.stages.get(3) + "}"));
        long won = createRule(stageRule("DEAL_WON", pipeline, null, platform, setField("closed", "won")));
        long lost = createRule(stageRule("DEAL_LOST", pipeline, null, platform, setField("closed", "lost")));
        String fields = "{\"platform\": \"" + platform + "\"}";

        long moved = newDeal(source, Unique.email("moved"), "M", fields, null);
        HttpResponse<String> move = api().postJson("/api/v1/deals/" + moved + "/move", "{\"stageId\": " + pipeline.stages.get(1) + "}");

        assertThat(move.statusCode()).as(move.body()).isEqualTo(200);
        JsonNode afterMove = read(api().get("/api/v1/deals/" + moved));
        assertThat(afterMove.at("/deal/stageId").asLong()).as("Meio → Fim → Ganho").isEqualTo(pipeline.stages.get(3));
        assertThat(afterMove.at("/deal/fields/closed").asText()).as("won by a rule's move").isEqualTo("won");
        JsonNode history = afterMove.get("history");
        assertThat(history).hasSize(4);
        for (int byRule : new int[] {2, 3}) {
            assertThat(history.get(byRule).get("actor").asText()).startsWith("rule:");
            assertThat(history.get(byRule).get("note").asText()).startsWith("rule");
        }
        assertThat(history.get(1).get("actor").asText()).doesNotStartWith("rule:");
        assertThat(firingOf(moved, entered).get("depth").asInt()).isZero();
        assertThat(firingOf(moved, then).get("depth").asInt()).isEqualTo(1);
        assertThat(firingOf(moved, won).get("depth").asInt()).isEqualTo(2);
        assertThat(firingOf(moved, entered).get("actions").get(0).get("summary").asText()).contains("Fim");

        long wonDeal = newDeal(source, Unique.email("won"), "W", fields, null);
        assertThat(api().postJson("/api/v1/deals/" + wonDeal + "/won", "{}").statusCode()).isEqualTo(200);
        assertThat(read(api().get("/api/v1/deals/" + wonDeal)).at("/deal/fields/closed").asText()).isEqualTo("won");
        assertThat(firingOf(wonDeal, won).get("trigger").asText()).isEqualTo("DEAL_WON");
        long lostDeal = newDeal(source, Unique.email("lost"), "L", fields, null);
        assertThat(api().postJson("/api/v1/deals/" + lostDeal + "/lost", "{\"reason\": \"caro\"}").statusCode()).isEqualTo(200);
        assertThat(read(api().get("/api/v1/deals/" + lostDeal)).at("/deal/fields/closed").asText()).isEqualTo("lost");
        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ? AND deal_id = ?", lost, wonDeal)).isZero();
    }

    @Test
    void aCycleOfRulesStopsAtDepthFiveAndTheRequestStillSucceeds() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        long there = createRule(stageRule("DEAL_ENTERED_STAGE", pipeline, pipeline.stages.get(1), platform,
                "{\"type\": \"MOVE_TO_STAGE\", \"stageId\": " + pipeline.stages.get(2) + "}"));
        long back = createRule(stageRule("DEAL_ENTERED_STAGE", pipeline, pipeline.stages.get(2), platform,
                "{\"type\": \"MOVE_TO_STAGE\", \"stageId\": " + pipeline.stages.get(1) + "}"));
        long deal = newDeal(source, Unique.email("cycle"), "C", "{\"platform\": \"" + platform + "\"}", null);

        HttpResponse<String> move = api().postJson("/api/v1/deals/" + deal + "/move", "{\"stageId\": " + pipeline.stages.get(1) + "}");

        assertThat(move.statusCode()).as(move.body()).isEqualTo(200);
        List<JsonNode> firings = new ArrayList<>();
        read(api().get("/api/v1/deals/" + deal + "/timeline")).forEach(entry -> {
            if (entry.get("kind").asText().equals("RULE_FIRING") && List.of(there, back).contains(entry.at("/ruleFiring/ruleId").asLong())) {
                firings.add(entry.get("ruleFiring"));
            }
        });
        assertThat(firings).extracting(firing -> firing.get("outcome").asText())
                .containsExactly("STOPPED_CHAIN_TOO_DEEP", "FIRED", "FIRED", "FIRED", "FIRED", "FIRED");
        assertThat(firings).extracting(firing -> firing.get("depth").asInt()).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(firings).extracting(firing -> firing.get("ruleId").asLong()).containsExactly(back, there, back, there, back, there);
        JsonNode newest = read(api().get("/api/v1/deals/" + deal + "/timeline")).get(0);
        assertThat(newest.at("/ruleFiring/outcome").asText()).isEqualTo("STOPPED_CHAIN_TOO_DEEP");
        assertThat(newest.get("summary").asText()).contains("chain of rules");
        assertThat(read(api().get("/api/v1/deals/" + deal)).at("/deal/stageId").asLong()).isEqualTo(pipeline.stages.get(2));
    }

    @Test
    void assignsANamedRepOrTheNextActiveRepInTurnAndSetsAField() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String named = Unique.key("named");
        String turns = Unique.key("turns");
        TeamMember ana = newRep("Ana");
        TeamMember away = newRep("Away");
        newRep("Bia");
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", away.id());
        createRule(dealCreatedRule("Atribui nomeado", named, "{\"type\": \"ASSIGN\", \"repId\": " + ana.id() + "}",
                setField("origem", "regra")));
        createRule(dealCreatedRule("Rodízio", turns, "{\"type\": \"ASSIGN\", \"roundRobin\": true}"));

        long assigned = newDeal(source, Unique.email("named"), "N", "{\"platform\": \"" + named + "\"}", null);
        JsonNode deal = read(api().get("/api/v1/deals/" + assigned)).get("deal");
        assertThat(deal.get("responsibleUserId").asLong()).isEqualTo(ana.id());
        assertThat(deal.at("/fields/origem").asText()).isEqualTo("regra");

        List<Long> activeReps = team.reps().stream().map(TeamMember::id).toList();
        assertThat(activeReps).doesNotContain(away.id());
        List<Long> inTurn = new ArrayList<>();
        for (int i = 0; i < activeReps.size() + 1; i++) {
            long next = newDeal(source, Unique.email("turn"), "T" + i, "{\"platform\": \"" + turns + "\"}", null);
            inTurn.add(read(api().get("/api/v1/deals/" + next)).at("/deal/responsibleUserId").asLong());
        }
        List<Long> expected = new ArrayList<>(activeReps);
        expected.add(activeReps.get(0));
        assertThat(inTurn).isEqualTo(expected);
    }

    @Test
    void aReplayedIntakeEventFiresNothingNew() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        String template = newTemplate("Uma vez só");
        long rule = createRule(dealCreatedRule("Uma vez", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"]}"));
        String email = Unique.email("once");
        String body = ApiClient.dealJson(source, email, "Uma", "{\"platform\": \"" + platform + "\"}");
        Http withKey = api().header("Idempotency-Key", Unique.key("replay"));

        HttpResponse<String> first = withKey.postJson("/api/v1/deals", body);
        HttpResponse<String> replay = withKey.postJson("/api/v1/deals", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        long deal = read(first).get("dealId").asLong();
        assertThat(read(replay).get("dealId").asLong()).isEqualTo(deal);
        await().atMost(MAIL_ARRIVES).until(() -> TestSmtp.receivedBy(email).size() == 1);
        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ?", rule)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", email)).isEqualTo(1);
    }

    @Test
    void withAutomationOffAMatchingDealIsRecordedAsSkippedAndNothingIsSentLater() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        String template = newTemplate("Desligado");
        long rule = createRule(dealCreatedRule("Com a chave", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"]}"));
        String skipped = Unique.email("off");
        String sent = Unique.email("on");
        long skippedDeal;
        try {
            HttpResponse<String> off = api().put("/api/v1/automation", "{\"enabled\": false}");
            assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
            assertThat(read(api().get("/api/v1/automation")).get("enabled").asBoolean()).isFalse();
            assertThat(read(api().get("/api/v1/automation")).get("changedBy").asText()).isNotBlank();

            skippedDeal = newDeal(source, skipped, "Off", "{\"platform\": \"" + platform + "\"}", null);
        } finally {
            api().put("/api/v1/automation", "{\"enabled\": true}");
        }
        assertThat(read(api().get("/api/v1/automation")).get("enabled").asBoolean()).isTrue();
        newDeal(source, sent, "On", "{\"platform\": \"" + platform + "\"}", null);

        await().atMost(MAIL_ARRIVES).until(() -> TestSmtp.receivedBy(sent).size() == 1);
        assertThat(TestSmtp.receivedBy(skipped)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", skipped)).isZero();
        JsonNode firing = firingOf(skippedDeal, rule);
        assertThat(firing.get("outcome").asText()).isEqualTo("SKIPPED_AUTOMATION_OFF");
        assertThat(firing.get("actions").get(0).get("type").asText()).isEqualTo("SEND_EMAIL");
        assertThat(firing.get("actions").get(0).get("summary").asText()).contains("Desligado").contains(skipped);
    }

    @Test
    void aRuleWhoseTemplateIsDeletedIsBrokenNotRunAndNeverA500() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        String template = newTemplate("Apagado");
        long rule = createRule(dealCreatedRule("Quebrada", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"]}"));
        assertThat(listed(rule).get("broken").asBoolean()).isFalse(); // the engine's cache now holds the rule as runnable
        jdbc.update("DELETE FROM mail_template WHERE name = ?", template);
        newTemplate("Outro"); // mail reads its templates again; the rules cache still has the rule for a few seconds

        String early = Unique.email("early");
        long earlyDeal = newDeal(source, early, "Cedo", "{\"platform\": \"" + platform + "\"}", null);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", early)).isZero();
        if (count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ? AND deal_id = ?", rule, earlyDeal) > 0) {
            JsonNode action = firingOf(earlyDeal, rule).get("actions").get(0);
            assertThat(action.get("done").asBoolean()).isFalse();
            assertThat(action.get("summary").asText()).contains("does not exist");
        }

        // the rules are cached for the engine for a few seconds; then the rule shows broken
        await().atMost(Duration.ofSeconds(10)).until(() -> listed(rule).get("broken").asBoolean());
        JsonNode listed = listed(rule);
        assertThat(listed.get("problems").get(0).asText()).contains(template);
        assertThat(read(api().get("/api/v1/rules/" + rule)).get("broken").asBoolean()).isTrue();

        String email = Unique.email("broken");
        long deal = newDeal(source, email, "Q", "{\"platform\": \"" + platform + "\"}", null);
        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ? AND deal_id = ?", rule, deal)).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", email)).isZero();
        assertThat(api().get("/api/v1/deals/" + deal + "/timeline").statusCode()).isEqualTo(200);
        HttpResponse<String> dryRun = api().postJson("/api/v1/rules/dry-run", "{\"dealId\": " + deal + "}");
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        JsonNode report = ruleReport(dryRun, rule);
        assertThat(report.get("wouldFire").asBoolean()).isFalse();
        assertThat(report.get("problems").get(0).asText()).contains(template);
        HttpResponse<String> update = api().put("/api/v1/rules/" + rule, dealCreatedRule("Ainda quebrada", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"]}"));
        assertThat(update.statusCode()).as(update.body()).isEqualTo(422);
        assertThat(api().delete("/api/v1/rules/" + rule).statusCode()).isEqualTo(204);
    }

    @Test
    void aRuleRowThatCannotBeReadIsListedBrokenAndIntakeGoesOn() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        long unreadable = -Math.abs(Unique.suffix().hashCode()) - 1L;
        jdbc.update("INSERT INTO automation_rule (id, name, active, position, trigger_kind, trigger_spec, conditions, actions, "
                + "created_at, version) VALUES (?, ?, TRUE, 0, 'DEAL_CREATED', '{\"type\":\"DEAL_TELEPORTED\"}', '{\"all\":[]}', '[]', "
                + "CURRENT_TIMESTAMP, 0)",
                unreadable, Unique.key("Ilegível"));
        try {
            long readable = createRule(dealCreatedRule("Lê as regras de novo", Unique.key("none"),
                    setField("x", "y")));

            JsonNode listed = listed(unreadable);
            assertThat(listed.get("broken").asBoolean()).isTrue();
            assertThat(listed.get("problems").get(0).asText()).contains("cannot be read");
            assertThat(api().get("/api/v1/rules/" + unreadable).statusCode()).isEqualTo(200);
            long deal = newDeal(source, Unique.email("unreadable"), "U", "{}", null);
            HttpResponse<String> dryRun = api().postJson("/api/v1/rules/dry-run", "{\"dealId\": " + deal + "}");
            assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
            assertThat(ruleReport(dryRun, unreadable).get("wouldFire").asBoolean()).isFalse();
            assertThat(ruleReport(dryRun, readable).get("conditionsMatch").asBoolean()).isFalse();
        } finally {
            jdbc.update("DELETE FROM automation_rule WHERE id = ?", unreadable);
        }
    }

    // --- dry-run -------------------------------------------------------------------------------

    @Test
    void aDryRunExplainsEveryRuleAndChangesNothing() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String platform = Unique.key("autocloud");
        String template = newTemplate("Olá {{contact.name}} da {{fields.platform}}");
        long rule = createRule(dealCreatedRule("Ensaio", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"contact\"], \"bcc\": [\"copia@example.com\"]}"));
        String email = Unique.email("dry");
        long deal;
        try {
            api().put("/api/v1/automation", "{\"enabled\": false}");
            deal = newDeal(source, email, "Dora", "{\"platform\": \"" + platform + "\"}", null);
        } finally {
            api().put("/api/v1/automation", "{\"enabled\": true}");
        }
        long outboxBefore = count("SELECT COUNT(*) FROM outbox_message");
        long firingsBefore = count("SELECT COUNT(*) FROM rule_firing");

        JsonNode byDeal = ruleReport(api().postJson("/api/v1/rules/dry-run", "{\"dealId\": " + deal + "}"), rule);
        assertThat(byDeal.get("wouldFire").asBoolean()).isTrue();
        assertThat(byDeal.get("conditions").get(0).get("actual").asText()).isEqualTo(platform);
        assertThat(byDeal.get("conditions").get(0).get("passed").asBoolean()).isTrue();
        assertThat(byDeal.get("actions").get(0).get("summary").asText()).contains("Olá Dora da " + platform).contains(email)
                .contains("copia@example.com");

        String sample = """
                {"trigger": "DEAL_CREATED", "deal": {"pipelineId": %d, "fields": {"platform": "%s"}, "value": 300},
                 "contact": {"email": "amostra@example.com", "name": "Amostra", "country": "BR", "language": "pt-BR"}%s}""";
        JsonNode bySample = ruleReport(api().postJson("/api/v1/rules/dry-run", sample.formatted(pipeline.id, platform, "")), rule);
        assertThat(bySample.get("wouldFire").asBoolean()).isTrue();
        assertThat(bySample.get("actions").get(0).get("summary").asText()).contains("Olá Amostra da " + platform)
                .contains("amostra@example.com");
        JsonNode otherSample = ruleReport(api().postJson("/api/v1/rules/dry-run", sample.formatted(pipeline.id, "outra", "")), rule);
        assertThat(otherSample.get("wouldFire").asBoolean()).isFalse();
        assertThat(otherSample.get("conditions").get(0).get("actual").asText()).isEqualTo("outra");
        assertThat(otherSample.get("conditions").get(0).get("passed").asBoolean()).isFalse();
        assertThat(otherSample.get("actions")).isEmpty();

        String unsaved = ", \"rule\": " + dealCreatedRule("Não salva", platform,
                "{\"type\": \"SEND_EMAIL\", \"template\": \"" + template + "\", \"to\": [\"team\", \"vendas@example.com\"]}");
        HttpResponse<String> withRule = api().postJson("/api/v1/rules/dry-run", sample.formatted(pipeline.id, platform, unsaved));
        assertThat(withRule.statusCode()).as(withRule.body()).isEqualTo(200);
        JsonNode first = read(withRule).get("rules").get(0);
        assertThat(first.get("ruleId").isNull()).isTrue();
        assertThat(first.get("name").asText()).startsWith("Não salva");
        assertThat(first.get("wouldFire").asBoolean()).isTrue();
        assertThat(first.get("actions").get(0).get("summary").asText()).contains("vendas@example.com");
        assertThat(read(withRule).get("rules")).anySatisfy(report -> assertThat(report.get("ruleId").asLong()).isEqualTo(rule));

        long onEntry = createRule(stageRule("DEAL_ENTERED_STAGE", pipeline, pipeline.stages.get(1), platform,
                setField("x", "y")));
        String inStage = """
                {"trigger": "DEAL_CREATED", "deal": {"pipelineId": %d, "stageId": %d, "fields": {"platform": "%s"}}}""";
        assertThat(ruleReport(api().postJson("/api/v1/rules/dry-run", inStage.formatted(pipeline.id, pipeline.stages.get(1), platform)),
                onEntry).get("wouldFire").asBoolean()).as("a new deal placed in the stage enters it").isTrue();
        JsonNode elsewhere = ruleReport(api().postJson("/api/v1/rules/dry-run", inStage.formatted(pipeline.id, pipeline.stages.get(0),
                platform)), onEntry);
        assertThat(elsewhere.get("triggerMatches").asBoolean()).isFalse();
        assertThat(elsewhere.get("trigger").asText()).contains("Entrada");
        long onWin = createRule(stageRule("DEAL_WON", pipeline, null, platform, setField("x", "y")));
        JsonNode notWonYet = ruleReport(api().postJson("/api/v1/rules/dry-run", "{\"dealId\": " + deal + "}"), onWin);
        assertThat(notWonYet.get("wouldFire").asBoolean()).as("the deal is open").isFalse();

        String missing = Unique.key("Sumido");
        HttpResponse<String> withBrokenRule = api().postJson("/api/v1/rules/dry-run", sample.formatted(pipeline.id, platform,
                ", \"rule\": " + dealCreatedRule("Quebrada", platform,
                        "{\"type\": \"SEND_EMAIL\", \"template\": \"" + missing + "\", \"to\": [\"contact\"]}")));
        assertThat(withBrokenRule.statusCode()).as(withBrokenRule.body()).isEqualTo(200);
        JsonNode broken = read(withBrokenRule).get("rules").get(0);
        assertThat(broken.get("problems").get(0).asText()).contains(missing);
        assertThat(broken.get("wouldFire").asBoolean()).isFalse();
        assertThat(broken.get("actions")).isEmpty();

        HttpResponse<String> noDeal = api().postJson("/api/v1/rules/dry-run", "{\"dealId\": 987654321}");
        assertThat(noDeal.statusCode()).isEqualTo(404);
        HttpResponse<String> nothing = api().postJson("/api/v1/rules/dry-run", "{}");
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(ApiClient.isProblem(nothing)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM outbox_message")).isEqualTo(outboxBefore);
        assertThat(count("SELECT COUNT(*) FROM rule_firing")).isEqualTo(firingsBefore);
        assertThat(TestSmtp.receivedBy(email)).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    @Test
    void aCsvImportIsAnAdminsBulkChangeAndFiresNoRuleWhileTheApiDoes() throws Exception {
        Pipeline pipeline = newPipeline();
        String source = newSource(pipeline);
        String country = "AQ";
        String platform = Unique.key("importado");
        long contactRule = createRule("""
                {"name": "%s", "trigger": {"type": "CONTACT_CREATED"},
                 "conditions": {"all": [{"field": "contact.country", "op": "EQUALS", "value": "%s"}]},
                 "actions": [{"type": "SEND_EMAIL", "template": "%s", "to": ["contact"]}]}"""
                .formatted(Unique.key("Novo contato"), country, newTemplate("Olá {{contact.name}}")));
        long dealRule = createRule(dealCreatedRule("Negócio importado", platform, setField("matched", "yes")));
        String imported = Unique.email("importado");
        String csv = "E-mail;Nome;País;Plataforma\n" + imported + ";Ida;" + country + ";" + platform + "\n";

        ImportUploads imports = new ImportUploads(api());
        HttpResponse<String> accepted = imports.upload(ImportUploads.utf8WithBom(csv),
                "{\"E-mail\": \"email\", \"Nome\": \"name\", \"País\": \"country\", \"Plataforma\": \"fields.platform\"}",
                Map.of("source", newSource(pipeline, "IMPORT")));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(imports.awaitFinished(ImportUploads.json(accepted).get("id").asLong()).get("state").asText()).isEqualTo("DONE");
        long viaApi = newDeal(source, Unique.email("api"), "Ana", country, "{\"platform\": \"" + platform + "\"}", null);

        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ?", contactRule)).as("the API's new contact only").isOne();
        assertThat(count("SELECT COUNT(*) FROM rule_firing WHERE rule_id = ?", dealRule)).as("the API's new deal only").isOne();
        assertThat(matched(viaApi)).isTrue();
        long importedDeal = read(api().get("/api/v1/contacts?email=" + imported)).at("/deals/0/id").asLong();
        assertThat(matched(importedDeal)).isFalse();
        assertThat(api().get("/api/v1/deals/" + importedDeal + "/timeline").body()).contains("rules do not run for it");
    }

    private JsonNode listed(long ruleId) throws Exception {
        for (JsonNode rule : read(api().get("/api/v1/rules"))) {
            if (rule.get("id").asLong() == ruleId) {
                return rule;
            }
        }
        throw new AssertionError("rule " + ruleId + " is not listed");
    }

    private record Pipeline(long id, List<Long> stages) {
    }

    /** A rule body that is wrong in one part, and the part the refusal must name. */
    private record Refusal(String field, String body) {
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private long remember(long ruleId) {
        createdRules.add(ruleId);
        return ruleId;
    }

    /** A pipeline of its own: Entrada, Meio, Fim (open), Ganho (won), Perdido (lost). */
    private Pipeline newPipeline() throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/pipelines", """
                {"name": "%s", "stages": [{"name": "Entrada", "kind": "OPEN"}, {"name": "Meio", "kind": "OPEN"},
                 {"name": "Fim", "kind": "OPEN"}, {"name": "Ganho", "kind": "WON"}, {"name": "Perdido", "kind": "LOST"}]}"""
                .formatted(Unique.key("Regras")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode pipeline = read(created);
        List<Long> stages = new ArrayList<>();
        pipeline.get("stages").forEach(stage -> stages.add(stage.get("id").asLong()));
        return new Pipeline(pipeline.get("id").asLong(), stages);
    }

    /** An API source whose deals enter the pipeline's first stage; its key. */
    private String newSource(Pipeline pipeline) throws Exception {
        return newSource(pipeline, "API");
    }

    private String newSource(Pipeline pipeline, String kind) throws Exception {
        String key = Unique.key("regras");
        HttpResponse<String> created = api().postJson("/api/v1/sources", """
                {"kind": "%s", "key": "%s", "name": "Regras %s", "pipelineId": %d, "stageId": %d}"""
                .formatted(kind, key, key, pipeline.id, pipeline.stages.get(0)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return key;
    }

    /** A Portuguese template with this subject; its unique name. */
    private String newTemplate(String subject) throws Exception {
        String name = Unique.key("Modelo");
        HttpResponse<String> created = api().postJson("/api/v1/templates", """
                {"name": "%s", "language": "pt-BR", "subject": "%s", "html": "<p>Oi {{contact.name}}</p>", "text": "Oi",
                 "transactional": false}""".formatted(name, subject));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    private long createRule(String rule) {
        HttpResponse<String> created = api().postJson("/api/v1/rules", rule);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return remember(read(created).get("id").asLong());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** On a new deal whose field "platform" is {@code platform} (a unique value: only this test's deals match). */
    private static String dealCreatedRule(String name, String platform, String... actions) {
        return """
                {"name": "%s", "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "deal.fields.platform", "op": "EQUALS", "value": "%s"}]},
                 "actions": [%s]}""".formatted(Unique.key(name), platform, String.join(", ", actions));
    }

    private static String setField(String field, String value) {
        return "{\"type\": \"SET_FIELD\", \"field\": \"%s\", \"value\": \"%s\"}".formatted(field, value);
    }

    private static String stageRule(String type, Pipeline pipeline, Long stageId, String platform, String action) {
        String trigger = stageId == null ? "{\"type\": \"%s\"}".formatted(type)
                : "{\"type\": \"%s\", \"pipelineId\": %d, \"stageId\": %d}".formatted(type, pipeline.id, stageId);
        return """
                {"name": "%s", "trigger": %s,
                 "conditions": {"all": [{"field": "deal.fields.platform", "op": "EQUALS", "value": "%s"}]},
                 "actions": [%s]}""".formatted(Unique.key(type), trigger, platform, action);
    }

    private static String replaceTrigger(String rule, String trigger) {
        return rule.replaceFirst("\"trigger\": \\{[^}]*\\}", java.util.regex.Matcher.quoteReplacement("\"trigger\": " + trigger));
    }

    private long newDeal(String source, String email, String name, String fields, String dealExtras) throws Exception {
        return newDeal(source, email, name, null, fields, dealExtras);
    }

    /** A deal through {@code POST /api/v1/deals}; {@code dealExtras}: more members of its "deal" object. */
    private long newDeal(String source, String email, String name, String country, String fields, String dealExtras) throws Exception {
        String body = """
                {"source": "%s", "contact": {"email": "%s", "name": "%s", "country": %s}, "deal": {"fields": %s%s}}"""
                .formatted(source, email, name, country == null ? "null" : "\"" + country + "\"", fields,
                        dealExtras == null ? "" : ", " + dealExtras);
        HttpResponse<String> created = api().postJson("/api/v1/deals", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created).get("dealId").asLong();
    }

    private boolean matched(long dealId) throws Exception {
        return "yes".equals(read(api().get("/api/v1/deals/" + dealId)).at("/deal/fields/matched").asText(null));
    }

    /** The newest firing of the rule on the deal's timeline. */
    private JsonNode firingOf(long dealId, long ruleId) throws Exception {
        HttpResponse<String> timeline = api().get("/api/v1/deals/" + dealId + "/timeline");
        assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
        for (JsonNode entry : read(timeline)) {
            if (entry.get("kind").asText().equals("RULE_FIRING") && entry.at("/ruleFiring/ruleId").asLong() == ruleId) {
                return entry.get("ruleFiring");
            }
        }
        throw new AssertionError("no firing of rule " + ruleId + " on deal " + dealId + ": " + timeline.body());
    }

    private JsonNode ruleReport(HttpResponse<String> dryRun, long ruleId) throws Exception {
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        for (JsonNode report : read(dryRun).get("rules")) {
            if (report.get("ruleId").asLong() == ruleId) {
                return report;
            }
        }
        throw new AssertionError("rule " + ruleId + " not in the dry-run: " + dryRun.body());
    }
}
