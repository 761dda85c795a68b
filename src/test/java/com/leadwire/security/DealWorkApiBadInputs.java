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
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Unique;

/**
 * Working a deal through the API: edit it, choose its responsible, e-mail or write to its contact,
 * its notes and tasks, and the tasks across deals.
 */
final class DealWorkApiBadInputs {

    private static final String EDIT = "PATCH /api/v1/deals/{id}";
    private static final String RESPONSIBLE = "PUT /api/v1/deals/{id}/responsible";
    private static final String EMAIL = "POST /api/v1/deals/{id}/emails";
    private static final String TELEGRAM = "POST /api/v1/deals/{id}/telegram-messages";
    private static final String NOTES = "GET /api/v1/deals/{id}/notes";
    private static final String ADD_NOTE = "POST /api/v1/deals/{id}/notes";
    private static final String TASKS = "GET /api/v1/deals/{id}/tasks";
    private static final String ADD_TASK = "POST /api/v1/deals/{id}/tasks";
    private static final String DUE_TASKS = "GET /api/v1/tasks";
    private static final String DONE = "POST /api/v1/tasks/{id}/done";
    private static final String CLAIM = "POST /api/v1/deals/{id}/claim";
    private static final String BULK = "POST /api/v1/deals/bulk";

    private final SweepFixtures app;
    private String textField;

    DealWorkApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(edit());
        cases.addAll(responsible());
        cases.addAll(messages());
        cases.addAll(notes());
        cases.addAll(tasks());
        cases.addAll(claim());
        cases.addAll(bulk());
        return cases;
    }

    /** The path of a fresh deal's {@code tail} ("" for the deal itself). */
    private Supplier<String> onNewDeal(String tail) {
        return () -> "/api/v1/deals/" + app.newDeal() + tail;
    }

    /** An unknown deal (404), ids that are not numbers (400) and no API key (401), for any operation on a deal. */
    private List<Case> onUnknownOrBrokenDeals(String operation, String method, String tail, String body) {
        List<Case> cases = new ArrayList<>();
        cases.add(apiCase(operation, "unknown deal", method, () -> "/api/v1/deals/" + UNKNOWN_ID + tail, body, Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(operation, "deal id " + id, method, () -> "/api/v1/deals/" + pathSegment(id) + tail, body,
                    Expected.refused(400)));
        }
        cases.add(new Case(operation, "no API key", () -> apiRequest(method, onNewDeal(tail).get(), body == null ? null : JSON, body)
                .header("X-Api-Key", null), Expected.refused(401)));
        return cases;
    }

    private List<Case> bodies(String operation, String method, String tail, Supplier<String> validBody) {
        return brokenJsonBodies(operation, (type, body) -> apiRequest(method, onNewDeal(tail).get(), type, null).withBody(body),
                validBody, 400, true);
    }

    private static String edit(Consumer<ObjectNode> change) {
        ObjectNode edit = object().put("title", "Sweep edited");
        change.accept(edit);
        return json(edit);
    }

    private List<Case> edit() {
        List<Case> cases = new ArrayList<>(bodies(EDIT, "PATCH", "", () -> edit(edit -> { })));
        cases.addAll(onUnknownOrBrokenDeals(EDIT, "PATCH", "", edit(edit -> { })));
        Supplier<String> deal = onNewDeal("");
        cases.add(apiCase(EDIT, "unknown property", "PATCH", deal, edit(edit -> edit.put("stage", 1)), Expected.refused(422)));
        cases.add(apiCase(EDIT, "blank title", "PATCH", deal, edit(edit -> edit.put("title", " ")), Expected.refused(422)));
        cases.add(apiCase(EDIT, "over-long title", "PATCH", deal, edit(edit -> edit.put("title", "x".repeat(501))), Expected.refused(422)));
        cases.add(apiCase(EDIT, "title not text", "PATCH", deal, edit(edit -> edit.putObject("title").put("a", 1)), Expected.refused(400)));
        cases.add(apiCase(EDIT, "negative value", "PATCH", deal, edit(edit -> edit.putObject("value").put("amount", -1)),
                Expected.refused(422)));
        cases.add(apiCase(EDIT, "value with three decimals", "PATCH", deal, edit(edit -> edit.putObject("value").put("amount", "1.001")),
                Expected.refused(422)));
        cases.add(apiCase(EDIT, "value over 17 digits", "PATCH", deal, edit(edit -> edit.putObject("value").put("amount", "1e20")),
                Expected.refused(422)));
        cases.add(apiCase(EDIT, "value not a number", "PATCH", deal, edit(edit -> edit.putObject("value").put("amount", "lots")),
                Expected.refused(400)));
        cases.add(apiCase(EDIT, "unknown currency", "PATCH", deal, edit(edit -> edit.putObject("value").put("amount", 10)
                .put("currency", "REAL")), Expected.refused(422)));
        cases.add(apiCase(EDIT, "product with a comma", "PATCH", deal, edit(edit -> edit.putArray("products").add("Plano A, B")),
                Expected.refused(422)));
        cases.add(apiCase(EDIT, "products not a list", "PATCH", deal, edit(edit -> edit.putObject("products")), Expected.refused(400)));
        cases.add(apiCase(EDIT, "field not in the catalogue", "PATCH", deal, edit(edit -> edit.putObject("fields")
                .put("sweep_nope", "x")), Expected.refused(422)));
        cases.add(new Case(EDIT, "text field value over 2000 characters", () -> apiRequest("PATCH", deal.get(), JSON,
                edit(edit -> edit.putObject("fields").put(textField(), "x".repeat(2001)))), Expected.refused(422)));
        cases.add(apiCase(EDIT, "a good title with a bad value: nothing changes", "PATCH", deal, edit(edit -> edit
                .put("title", "Sweep half").putObject("value").put("amount", -5)), Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            long[] edited = new long[1];
            cases.add(apiCase(EDIT, "title = " + label(payload), "PATCH", () -> "/api/v1/deals/" + (edited[0] = app.newDeal()),
                    edit(edit -> edit.put("title", payload)), Expected.accepted(200, response -> assertThat(
                            app.text("SELECT title FROM deal WHERE id = ?", edited[0])).isEqualTo(payload))));
        }
        return cases;
    }

    /** A text deal field of the sweep's own, made once. */
    private String textField() {
        if (textField == null) {
            String name = "sweep_" + Unique.suffix();
            var created = app.api().postJson("/api/v1/fields", json(object().put("scope", "DEAL").put("name", name).put("type", "TEXT")
                    .put("labelEn", "Sweep").put("labelPt", "Varredura")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            textField = name;
        }
        return textField;
    }

    private List<Case> responsible() {
        String tail = "/responsible";
        List<Case> cases = new ArrayList<>(bodies(RESPONSIBLE, "PUT", tail, () -> "{\"userId\": null}"));
        cases.addAll(onUnknownOrBrokenDeals(RESPONSIBLE, "PUT", tail, "{\"userId\": null}"));
        cases.add(apiCase(RESPONSIBLE, "unknown team member", "PUT", onNewDeal(tail), "{\"userId\": " + UNKNOWN_ID + "}",
                Expected.refused(422)));
        cases.add(apiCase(RESPONSIBLE, "userId not a number", "PUT", onNewDeal(tail), "{\"userId\": \"admin\"}", Expected.refused(400)));
        cases.add(apiCase(RESPONSIBLE, "unknown property", "PUT", onNewDeal(tail), "{\"user\": 1}", Expected.refused(422)));
        return cases;
    }

    /** The sweep's key acts for no team member, so even a good claim is refused (403). */
    private List<Case> claim() {
        List<Case> cases = new ArrayList<>(onUnknownOrBrokenDeals(CLAIM, "POST", "/claim", null));
        cases.add(apiCase(CLAIM, "a key that acts for no one", "POST", onNewDeal("/claim"), null, Expected.refused(403)));
        return cases;
    }

    private List<Case> bulk() {
        Supplier<String> path = () -> "/api/v1/deals/bulk";
        Supplier<String> won = () -> "{\"ids\": [" + app.newDeal() + "], \"action\": \"WON\"}";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(BULK, (type, body) -> apiRequest("POST", path.get(), type, null).withBody(body),
                won, 400, true));
        cases.add(apiCase(BULK, "no ids", "POST", path, "{\"ids\": [], \"action\": \"WON\"}", Expected.refused(422)));
        cases.add(apiCase(BULK, "ids left out", "POST", path, "{\"action\": \"WON\"}", Expected.refused(422)));
        String tooMany = java.util.stream.LongStream.rangeClosed(1, 501).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        cases.add(apiCase(BULK, "over 500 ids", "POST", path, "{\"ids\": [" + tooMany + "], \"action\": \"WON\"}", Expected.refused(422)));
        cases.add(apiCase(BULK, "no action", "POST", path, "{\"ids\": [" + UNKNOWN_ID + "]}", Expected.refused(422)));
        cases.add(apiCase(BULK, "unknown action", "POST", path, "{\"ids\": [" + UNKNOWN_ID + "], \"action\": \"DELETE\"}",
                Expected.refused(400)));
        cases.add(apiCase(BULK, "a move without a stage", "POST", path, "{\"ids\": [" + UNKNOWN_ID + "], \"action\": \"MOVE\"}",
                Expected.refused(422)));
        cases.add(apiCase(BULK, "ids not a list", "POST", path, "{\"ids\": \"1,2\", \"action\": \"WON\"}", Expected.refused(400)));
        cases.add(apiCase(BULK, "unknown property", "POST", path, "{\"ids\": [1], \"action\": \"WON\", \"all\": true}",
                Expected.refused(422)));
        cases.add(new Case(BULK, "no API key", () -> apiRequest("POST", path.get(), JSON, "{\"ids\": [1], \"action\": \"WON\"}")
                .header("X-Api-Key", null), Expected.refused(401)));
        return cases;
    }

    private List<Case> messages() {
        String email = "/emails";
        String telegram = "/telegram-messages";
        List<Case> cases = new ArrayList<>(bodies(EMAIL, "POST", email, () -> "{\"template\": \"sweep\"}"));
        cases.addAll(onUnknownOrBrokenDeals(EMAIL, "POST", email, "{\"template\": \"sweep\"}"));
        cases.add(apiCase(EMAIL, "no template", "POST", onNewDeal(email), "{}", Expected.refused(422)));
        cases.add(apiCase(EMAIL, "unknown property", "POST", onNewDeal(email), "{\"template\": \"x\", \"to\": \"a@example.com\"}",
                Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            cases.add(apiCase(EMAIL, "template = " + label(payload), "POST", onNewDeal(email), json(object().put("template", payload)),
                    Expected.refused(422)));
        }
        cases.addAll(bodies(TELEGRAM, "POST", telegram, () -> "{\"text\": \"Olá\"}"));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(TELEGRAM, "deal id " + id, "POST", () -> "/api/v1/deals/" + pathSegment(id) + telegram, "{\"text\": \"Olá\"}",
                    Expected.refused(400)));
        }
        cases.add(apiCase(TELEGRAM, "the bot is not set up", "POST", onNewDeal(telegram), "{\"text\": \"Olá\"}", Expected.refused(409)));
        return cases;
    }

    private List<Case> notes() {
        String tail = "/notes";
        List<Case> cases = new ArrayList<>(bodies(ADD_NOTE, "POST", tail, () -> "{\"text\": \"Ligar amanhã\"}"));
        cases.addAll(onUnknownOrBrokenDeals(ADD_NOTE, "POST", tail, "{\"text\": \"Ligar amanhã\"}"));
        cases.addAll(onUnknownOrBrokenDeals(NOTES, "GET", tail, null));
        cases.add(apiCase(ADD_NOTE, "no text", "POST", onNewDeal(tail), "{}", Expected.refused(422)));
        cases.add(apiCase(ADD_NOTE, "blank text", "POST", onNewDeal(tail), "{\"text\": \" \\n \"}", Expected.refused(422)));
        cases.add(apiCase(ADD_NOTE, "over-long text", "POST", onNewDeal(tail), json(object().put("text", "x".repeat(4001))),
                Expected.refused(422)));
        cases.add(apiCase(ADD_NOTE, "text not text", "POST", onNewDeal(tail), "{\"text\": [\"a\"]}", Expected.refused(400)));
        cases.add(apiCase(ADD_NOTE, "unknown property", "POST", onNewDeal(tail), "{\"text\": \"a\", \"pinned\": true}",
                Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            cases.add(apiCase(ADD_NOTE, "text = " + label(payload), "POST", onNewDeal(tail), json(object().put("text", payload)),
                    Expected.accepted(201, response -> assertThat(app.text("SELECT text FROM deal_note WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(payload))));
        }
        return cases;
    }

    private String task(Consumer<ObjectNode> change) {
        ObjectNode task = object().put("title", "Enviar proposta").put("dueAt", Instant.now().plus(Duration.ofDays(1)).toString())
                .put("ownerUserId", admin());
        change.accept(task);
        return json(task);
    }

    private long admin() {
        return app.count("SELECT id FROM app_user WHERE username = 'admin'");
    }

    private List<Case> tasks() {
        String tail = "/tasks";
        Supplier<String> deal = onNewDeal(tail);
        List<Case> cases = new ArrayList<>(bodies(ADD_TASK, "POST", tail, () -> task(task -> { })));
        cases.addAll(onUnknownOrBrokenDeals(ADD_TASK, "POST", tail, task(task -> { })));
        cases.addAll(onUnknownOrBrokenDeals(TASKS, "GET", tail, null));
        cases.add(apiCase(ADD_TASK, "no title", "POST", deal, task(task -> task.remove("title")), Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "over-long title", "POST", deal, task(task -> task.put("title", "x".repeat(301))),
                Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "no due time", "POST", deal, task(task -> task.remove("dueAt")), Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "due time not an instant", "POST", deal, task(task -> task.put("dueAt", "amanhã")),
                Expected.refused(400)));
        cases.add(apiCase(ADD_TASK, "due in two years", "POST", deal, task(task -> task.put("dueAt",
                Instant.now().plus(Duration.ofDays(730)).toString())), Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "due in the year 1", "POST", deal, task(task -> task.put("dueAt", "0001-01-01T00:00:00Z")),
                Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "due before 1970", "POST", deal, task(task -> task.put("dueAt", "1960-01-01T00:00:00Z")),
                Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "no owner", "POST", deal, task(task -> task.remove("ownerUserId")), Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "unknown owner", "POST", deal, task(task -> task.put("ownerUserId", Long.parseLong(UNKNOWN_ID))),
                Expected.refused(422)));
        cases.add(apiCase(ADD_TASK, "owner not a number", "POST", deal, task(task -> task.put("ownerUserId", "admin")),
                Expected.refused(400)));
        cases.add(apiCase(ADD_TASK, "unknown property", "POST", deal, task(task -> task.put("priority", "high")), Expected.refused(422)));
        for (String payload : SQL_AND_MARKUP) {
            cases.add(apiCase(ADD_TASK, "title = " + label(payload), "POST", deal, task(task -> task.put("title", payload)),
                    Expected.accepted(201, response -> assertThat(app.text("SELECT title FROM task WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(payload))));
        }
        cases.add(apiCase(DUE_TASKS, "neither mine nor an owner", "GET", () -> "/api/v1/tasks", null, Expected.refused(422)));
        cases.add(apiCase(DUE_TASKS, "both mine and an owner", "GET", () -> "/api/v1/tasks?mine=true&owner=" + admin(), null,
                Expected.refused(422)));
        cases.add(apiCase(DUE_TASKS, "mine with a key not named after a team member", "GET", () -> "/api/v1/tasks?mine=true", null,
                Expected.refused(422)));
        cases.add(apiCase(DUE_TASKS, "mine not a boolean", "GET", () -> "/api/v1/tasks?mine=sim", null, Expected.refused(400)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(DUE_TASKS, "owner " + id, "GET", () -> "/api/v1/tasks?owner=" + BadInputs.form(id), null,
                    Expected.refused(400)));
            cases.add(apiCase(DONE, "task id " + id, "POST", () -> "/api/v1/tasks/" + pathSegment(id) + "/done", null,
                    Expected.refused(400)));
        }
        cases.add(apiCase(DONE, "unknown task", "POST", () -> "/api/v1/tasks/" + UNKNOWN_ID + "/done", null, Expected.refused(404)));
        cases.add(new Case(DONE, "body over the limit", () -> apiRequest("POST", "/api/v1/tasks/" + UNKNOWN_ID + "/done", JSON, null)
                .withBody(BadInputs.overTheLimit()), Expected.refused(413)));
        cases.add(new Case(DONE, "no API key", () -> Request.post("/api/v1/tasks/" + UNKNOWN_ID + "/done", null, new byte[0]),
                Expected.refused(401)));
        return cases;
    }
}
