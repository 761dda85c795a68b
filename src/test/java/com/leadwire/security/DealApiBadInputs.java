package com.leadwire.security;

import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.json;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.object;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.BadInputs.utf8;
import static com.leadwire.security.SweepFixtures.AUTOCLOUD;
import static com.leadwire.security.SweepFixtures.FEIRAO;
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Unique;

/** The deals and contacts API: create a deal with its contact, read, move, mark won or lost. */
final class DealApiBadInputs {

    private static final String CREATE = "POST /api/v1/deals";
    private static final String MOVE = "POST /api/v1/deals/{id}/move";
    private static final String WON = "POST /api/v1/deals/{id}/won";
    private static final String LOST = "POST /api/v1/deals/{id}/lost";
    private static final String UNKNOWN_ID = "999999999";

    private final SweepFixtures app;

    DealApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(create());
        cases.addAll(move());
        cases.addAll(won());
        cases.addAll(lost());
        cases.addAll(reads());
        return cases;
    }

    private static Request withKey(Request request) {
        return request.header("X-Api-Key", ApiClient.TEST_API_KEY);
    }

    /** A valid create body for a new e-mail, changed by {@code change}. */
    private static String deal(Consumer<ObjectNode> change) {
        ObjectNode body = object().put("source", "leads-autocloud");
        body.putObject("contact").put("email", Unique.email("sweep")).put("name", "Sweep");
        body.putObject("deal");
        change.accept(body);
        return json(body);
    }

    private static Case create(String what, String body, Expected expected) {
        return new Case(CREATE, what, () -> withKey(Request.post("/api/v1/deals", JSON, body)), expected);
    }

    private List<Case> create() {
        List<Case> cases = new ArrayList<>(brokenJsonBodies(CREATE, (type, body) -> withKey(Request.post("/api/v1/deals", type, body)),
                () -> deal(body -> { }), 422, true));
        cases.add(create("unknown property", deal(body -> ((ObjectNode) body.get("contact")).put("age", 3)), Expected.refused(422)));
        cases.add(create("wrong type", deal(body -> ((ObjectNode) body.get("deal")).put("amount", "lots")), Expected.refused(422)));
        cases.add(create("no contact", deal(body -> body.remove("contact")), Expected.refused(422)));
        cases.add(create("over-long name", deal(body -> ((ObjectNode) body.get("contact")).put("name", "x".repeat(5000))),
                Expected.refused(422)));
        cases.add(create("over-long title", deal(body -> ((ObjectNode) body.get("deal")).put("title", "x".repeat(600))),
                Expected.refused(422)));
        cases.add(create("over-long custom field", deal(body -> ((ObjectNode) body.get("deal")).putObject("fields")
                .put("note", "x".repeat(3000))), Expected.refused(422)));
        cases.add(create("unknown source key", deal(body -> body.put("source", Unique.key("no-such-source"))), Expected.refused(404)));
        cases.add(create("unknown pipeline", deal(body -> ((ObjectNode) body.get("deal")).put("pipelineId", 999999999L)),
                Expected.refused(404)));
        cases.add(new Case(CREATE, "no API key", () -> Request.post("/api/v1/deals", JSON, deal(body -> { })), Expected.refused(401)));
        cases.add(new Case(CREATE, "wrong API key", () -> Request.post("/api/v1/deals", JSON, deal(body -> { }))
                .header("X-Api-Key", "wrong-" + Unique.suffix() + "-0123456789"), Expected.refused(401)));
        BadInputs.INVALID_EMAILS.forEach(email -> cases.add(create("invalid e-mail " + label(email),
                deal(body -> ((ObjectNode) body.get("contact")).put("email", email)), Expected.refused(422))));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            cases.add(create("source key" + shown, deal(body -> body.put("source", payload)), Expected.refused(404)));
            cases.add(create("contact.phone" + shown, deal(body -> contact(body).put("phone", payload)), Expected.refused(422)));
            cases.add(create("contact.country" + shown, deal(body -> contact(body).put("country", payload)), Expected.refused(422)));
            cases.add(create("contact.language" + shown, deal(body -> contact(body).put("language", payload)), Expected.refused(422)));
            cases.add(create("deal.currency" + shown, deal(body -> deal(body).put("currency", payload)), Expected.refused(422)));
            cases.add(create("deal.responsible" + shown, deal(body -> deal(body).put("responsible", payload)), Expected.refused(422)));
            cases.add(create("contact.name" + shown, deal(body -> contact(body).put("name", payload)), Expected.accepted(201,
                    response -> assertThat(app.text("SELECT name FROM contact WHERE id = ?", body(response).get("contactId").asLong()))
                            .isEqualTo(payload))));
            cases.add(create("deal.title" + shown, deal(body -> deal(body).put("title", payload)), Expected.accepted(201,
                    response -> assertThat(dealColumn("title", response)).isEqualTo(payload))));
            cases.add(create("deal.products" + shown, deal(body -> deal(body).putArray("products").add(payload)),
                    Expected.accepted(201, response -> assertThat(dealColumn("products", response)).isEqualTo(payload))));
            cases.add(create("deal.fields" + shown, deal(body -> deal(body).putObject("fields").put("note", payload)),
                    Expected.accepted(201, response -> assertThat(SweepFixtures.json(dealColumn("custom_fields", response))
                            .get("note").asText()).isEqualTo(payload))));
            cases.add(create("contact.fields" + shown, deal(body -> contact(body).putObject("fields").put("note", payload)),
                    Expected.accepted(201, response -> assertThat(SweepFixtures.json(app.text(
                            "SELECT custom_fields FROM contact WHERE id = ?", body(response).get("contactId").asLong()))
                            .get("note").asText()).isEqualTo(payload))));
        }
        return cases;
    }

    private static ObjectNode contact(ObjectNode body) {
        return (ObjectNode) body.get("contact");
    }

    private static ObjectNode deal(ObjectNode body) {
        return (ObjectNode) body.get("deal");
    }

    private String dealColumn(String column, java.net.http.HttpResponse<String> response) {
        return app.text("SELECT " + column + " FROM deal WHERE id = ?", body(response).get("dealId").asLong());
    }

    /** A case posting {@code body} to {@code /api/v1/deals/<deal>/<verb>}, the deal made when the case runs. */
    private Case onDeal(String operation, String verb, String what, LongSupplier deal, String contentType, String body,
                        Expected expected) {
        return new Case(operation, what, () -> withKey(Request.post("/api/v1/deals/" + deal.getAsLong() + "/" + verb, contentType,
                body == null ? null : utf8(body))), expected);
    }

    private List<Case> onUnknownOrBrokenIds(String operation, String verb, String body) {
        List<Case> cases = new ArrayList<>();
        for (String id : List.of(UNKNOWN_ID, "-1")) {
            cases.add(new Case(operation, "unknown deal " + id, () -> withKey(Request.post("/api/v1/deals/" + id + "/" + verb, JSON, body)),
                    Expected.refused(404)));
        }
        for (String id : List.of("abc", "1 OR 1=1", "99999999999999999999", "<script>")) {
            cases.add(new Case(operation, "deal id " + id, () -> withKey(Request.post("/api/v1/deals/" + pathSegment(id) + "/" + verb,
                    JSON, body)), Expected.refused(400)));
        }
        cases.add(new Case(operation, "no API key", () -> Request.post("/api/v1/deals/" + app.newDeal() + "/" + verb, JSON, body),
                Expected.refused(401)));
        return cases;
    }

    private List<Case> move() {
        LongSupplier deal = app::newDeal;
        String next = "{\"stageId\": " + app.stage(AUTOCLOUD, "APRESENTAÇÃO") + "}";
        long lead = app.stage(AUTOCLOUD, "LEAD");
        List<Case> cases = new ArrayList<>(brokenJsonBodies(MOVE, (type, body) -> withKey(Request.post(
                "/api/v1/deals/" + app.newDeal() + "/move", type, body)), () -> next, 400, true));
        cases.addAll(onUnknownOrBrokenIds(MOVE, "move", next));
        cases.add(onDeal(MOVE, "move", "no stageId", deal, JSON, "{}", Expected.refused(422)));
        cases.add(onDeal(MOVE, "move", "unknown property", deal, JSON,
                "{\"stageId\": " + app.stage(AUTOCLOUD, "APRESENTAÇÃO") + ", \"expectedStage\": 1}", Expected.refused(422)));
        cases.add(onDeal(MOVE, "move", "stageId not a number", deal, JSON, "{\"stageId\": \"abc\"}", Expected.refused(400)));
        cases.add(onDeal(MOVE, "move", "stageId = SQL", deal, JSON, "{\"stageId\": \"1 OR 1=1\"}", Expected.refused(400)));
        cases.add(onDeal(MOVE, "move", "unknown stage", deal, JSON, "{\"stageId\": 999999999}", Expected.refused(422)));
        cases.add(onDeal(MOVE, "move", "stage of another pipeline", deal, JSON, "{\"stageId\": " + app.stage(FEIRAO, "LEAD") + "}",
                Expected.refused(422)));
        cases.add(onDeal(MOVE, "move", "the stage it is in", deal, JSON, "{\"stageId\": " + lead + "}", Expected.refused(409)));
        cases.add(onDeal(MOVE, "move", "stale expectedStageId", deal, JSON, "{\"stageId\": " + app.stage(AUTOCLOUD, "APRESENTAÇÃO")
                + ", \"expectedStageId\": " + app.stage(AUTOCLOUD, "CREDENCIAMENTO") + "}", Expected.refused(409)));
        cases.add(onDeal(MOVE, "move", "a stage whose entry requirements it does not meet", deal, JSON,
                "{\"stageId\": " + app.stage(AUTOCLOUD, "AVALIAÇÃO") + "}", Expected.refused(409)));
        return cases;
    }

    private List<Case> won() {
        LongSupplier deal = app::newDeal;
        List<Case> cases = new ArrayList<>(brokenJsonBodies(WON, (type, body) -> withKey(Request.post(
                "/api/v1/deals/" + app.newDeal() + "/won", type, body)), () -> "{}", 400, false));
        cases.addAll(onUnknownOrBrokenIds(WON, "won", "{}"));
        cases.add(onDeal(WON, "won", "unknown property", deal, JSON, "{\"reason\": \"x\"}", Expected.refused(422)));
        cases.add(onDeal(WON, "won", "expectedStageId not a number", deal, JSON, "{\"expectedStageId\": \"abc\"}", Expected.refused(400)));
        cases.add(onDeal(WON, "won", "stale expectedStageId", deal, JSON,
                "{\"expectedStageId\": " + app.stage(AUTOCLOUD, "CREDENCIAMENTO") + "}", Expected.refused(409)));
        cases.add(onDeal(WON, "won", "a deal already won", () -> app.closedDeal("won"), JSON, "{}", Expected.refused(409)));
        return cases;
    }

    private List<Case> lost() {
        LongSupplier deal = app::newDeal;
        List<Case> cases = new ArrayList<>(brokenJsonBodies(LOST, (type, body) -> withKey(Request.post(
                "/api/v1/deals/" + app.newDeal() + "/lost", type, body)), () -> "{\"reason\": \"Preço\"}", 400, true));
        cases.addAll(onUnknownOrBrokenIds(LOST, "lost", "{\"reason\": \"Preço\"}"));
        cases.add(onDeal(LOST, "lost", "unknown property", deal, JSON, "{\"reason\": \"Preço\", \"why\": \"x\"}", Expected.refused(422)));
        cases.add(onDeal(LOST, "lost", "reason not text", deal, JSON, "{\"reason\": {\"a\": 1}}", Expected.refused(400)));
        cases.add(onDeal(LOST, "lost", "over-long reason", deal, JSON, json(object().put("reason", "x".repeat(600))),
                Expected.refused(422)));
        cases.add(onDeal(LOST, "lost", "a deal already lost", () -> app.closedDeal("lost"), JSON, "{}", Expected.refused(409)));
        for (String payload : SQL_AND_MARKUP) {
            long[] moved = new long[1];
            cases.add(onDeal(LOST, "lost", "reason = " + label(payload), () -> moved[0] = app.newDeal(), JSON,
                    json(object().put("reason", payload)), Expected.accepted(200, response -> assertThat(
                            app.text("SELECT lost_reason FROM deal WHERE id = ?", moved[0])).isEqualTo(payload))));
        }
        return cases;
    }

    private List<Case> reads() {
        List<Case> cases = new ArrayList<>();
        String deal = "GET /api/v1/deals/{id}";
        String timers = "GET /api/v1/deals/{id}/timers";
        String contacts = "GET /api/v1/contacts";
        String contact = "GET /api/v1/contacts/{id}";
        String contactTimeline = "GET /api/v1/contacts/{id}/timeline";
        cases.add(read(deal, "unknown deal", "/api/v1/deals/" + UNKNOWN_ID, 404));
        cases.add(read(contactTimeline, "unknown contact", "/api/v1/contacts/" + UNKNOWN_ID + "/timeline", 404));
        cases.add(new Case(contactTimeline, "no API key", () -> Request.get("/api/v1/contacts/1/timeline"), Expected.refused(401)));
        cases.add(read(timers, "unknown deal", "/api/v1/deals/" + UNKNOWN_ID + "/timers", 404));
        cases.add(read(contact, "unknown contact", "/api/v1/contacts/" + UNKNOWN_ID, 404));
        for (String id : List.of("abc", "1 OR 1=1", "<script>")) {
            cases.add(read(deal, "id " + id, "/api/v1/deals/" + pathSegment(id), 400));
            cases.add(read(contact, "id " + id, "/api/v1/contacts/" + pathSegment(id), 400));
            cases.add(read(contactTimeline, "id " + id, "/api/v1/contacts/" + pathSegment(id) + "/timeline", 400));
        }
        for (String id : List.of("abc", "1 OR 1=1", "<script>", "99999999999999999999", "-1")) {
            cases.add(read(timers, "id " + id, "/api/v1/deals/" + pathSegment(id) + "/timers", id.equals("-1") ? 404 : 400));
        }
        cases.add(new Case(timers, "no API key", () -> Request.get("/api/v1/deals/" + app.newDeal() + "/timers"), Expected.refused(401)));
        BadInputs.INVALID_EMAILS.forEach(email -> cases.add(read(contacts, "invalid e-mail " + label(email),
                "/api/v1/contacts?email=" + BadInputs.form(email), 422)));
        cases.add(read(contacts, "e-mail nobody has", "/api/v1/contacts?email=" + BadInputs.form(Unique.email("o'brien")), 404));
        cases.add(read(contacts, "negative page", "/api/v1/contacts?page=-1", 422));
        cases.add(read(contacts, "size 0", "/api/v1/contacts?size=0", 422));
        cases.add(read(contacts, "size over 500", "/api/v1/contacts?size=501", 422));
        cases.add(read(contacts, "size not a number", "/api/v1/contacts?size=abc", 400));
        cases.add(read(contacts, "page past int", "/api/v1/contacts?page=99999999999", 400));
        cases.add(read(contacts, "page whose offset overflows", "/api/v1/contacts?page=2147483647&size=500", 422));
        cases.add(new Case(contacts, "no API key", () -> Request.get("/api/v1/contacts"), Expected.refused(401)));
        return cases;
    }

    private static Case read(String operation, String what, String path, int status) {
        return new Case(operation, what, () -> withKey(Request.get(path)), Expected.refused(status));
    }
}
