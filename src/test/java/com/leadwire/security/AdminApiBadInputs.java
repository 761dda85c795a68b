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
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.Unique;

/** The rest of the admin API: sources, the outbox, inbound events, Telegram link codes, reading imports. */
final class AdminApiBadInputs {

    private final SweepFixtures app;

    AdminApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(sources());
        cases.addAll(others());
        return cases;
    }

    private static String sourceJson(Consumer<ObjectNode> change, long pipeline, long stage) {
        ObjectNode source = object().put("kind", "API").put("key", Unique.key("sweep")).put("name", "Sweep")
                .put("pipelineId", pipeline).put("stageId", stage);
        change.accept(source);
        return json(source);
    }

    private List<Case> sources() {
        String create = "POST /api/v1/sources";
        String update = "PUT /api/v1/sources/{id}";
        String delete = "DELETE /api/v1/sources/{id}";
        String read = "GET /api/v1/sources/{key}";
        long pipeline = app.pipeline(AUTOCLOUD);
        long stage = app.stage(AUTOCLOUD, "LEAD");
        Supplier<String> sources = () -> "/api/v1/sources";
        Supplier<String> ownSource = () -> {
            var created = app.api().postJson("/api/v1/sources", sourceJson(source -> { }, pipeline, stage));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return "/api/v1/sources/" + body(created).get("id").asLong();
        };
        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/sources", type, null)
                .withBody(body), () -> sourceJson(source -> { }, pipeline, stage), 400, true));
        cases.add(apiCase(create, "unknown property", "POST", sources, sourceJson(source -> source.put("colour", "red"), pipeline, stage),
                Expected.refused(422)));
        cases.add(apiCase(create, "no kind", "POST", sources, sourceJson(source -> source.remove("kind"), pipeline, stage),
                Expected.refused(422)));
        cases.add(apiCase(create, "unknown kind", "POST", sources, sourceJson(source -> source.put("kind", "FAX"), pipeline, stage),
                Expected.refused(400)));
        cases.add(apiCase(create, "over-long key", "POST", sources, sourceJson(source -> source.put("key", "k".repeat(101)), pipeline,
                stage), Expected.refused(422)));
        cases.add(apiCase(create, "over-long name", "POST", sources, sourceJson(source -> source.put("name", "x".repeat(201)), pipeline,
                stage), Expected.refused(422)));
        cases.add(apiCase(create, "over-long secret", "POST", sources, sourceJson(source -> source.put("secret", "s".repeat(201)), pipeline,
                stage), Expected.refused(422)));
        cases.add(apiCase(create, "over-long title template", "POST", sources, sourceJson(source -> source.put("dealTitleTemplate",
                "x".repeat(501)), pipeline, stage), Expected.refused(422)));
        cases.add(apiCase(create, "title template that does not compile", "POST", sources, sourceJson(source -> source.put(
                "dealTitleTemplate", "{{#contact.name}}"), pipeline, stage), Expected.refused(422)));
        cases.add(apiCase(create, "form settings that are not JSON", "POST", sources, sourceJson(source -> source.put("kind", "FORM")
                .put("settings", "{fields: "), pipeline, stage), Expected.refused(422)));
        cases.add(apiCase(create, "checkout that is no pop-up or form", "POST", sources, sourceJson(source -> source.put("checkout", true),
                pipeline, stage), Expected.refused(422)));
        cases.add(apiCase(create, "checkout not a boolean", "POST", sources, sourceJson(source -> source.put("checkout", "yes"),
                pipeline, stage), Expected.refused(400)));
        cases.add(apiCase(create, "unknown pipeline", "POST", sources, sourceJson(source -> { }, 999999999L, stage),
                Expected.refused(404)));
        cases.add(apiCase(create, "stage of another pipeline", "POST", sources, sourceJson(source -> { }, pipeline,
                app.stage(FEIRAO, "LEAD")), Expected.refused(422)));
        cases.add(apiCase(create, "a key in use", "POST", sources, sourceJson(source -> source.put("key", "leads"), pipeline, stage),
                Expected.refused(409)));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            cases.add(apiCase(create, "key" + shown, "POST", sources, sourceJson(source -> source.put("key", payload), pipeline, stage),
                    Expected.refused(422)));
            cases.add(apiCase(create, "name" + shown, "POST", sources, sourceJson(source -> source.put("name", payload), pipeline, stage),
                    Expected.accepted(201, response -> assertThat(app.text("SELECT name FROM source WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(payload))));
            String[] path = new String[1];
            cases.add(apiCase(update, "name" + shown, "PUT", () -> path[0] = ownSource.get(), sourceJson(source -> source.put("name",
                    payload).put("key", "sweep-" + Unique.suffix()), pipeline, stage), Expected.accepted(200, response ->
                    assertThat(app.text("SELECT name FROM source WHERE id = ?", body(response).get("id").asLong())).isEqualTo(payload))));
            cases.add(apiCase(read, "key" + shown, "GET", () -> "/api/v1/sources/" + pathSegment(payload), null,
                    Expected.refused(BadInputs.unknownKeyStatus(payload))));
        }
        cases.addAll(brokenJsonBodies(update, (type, body) -> apiRequest("PUT", ownSource.get(), type, null).withBody(body),
                () -> sourceJson(source -> { }, pipeline, stage), 400, true));
        cases.add(apiCase(update, "over-long name", "PUT", ownSource, sourceJson(source -> source.put("name", "x".repeat(201)), pipeline,
                stage), Expected.refused(422)));
        cases.add(apiCase(update, "unknown source", "PUT", () -> "/api/v1/sources/" + UNKNOWN_ID, sourceJson(source -> { }, pipeline,
                stage), Expected.refused(404)));
        cases.add(apiCase(delete, "unknown source", "DELETE", () -> "/api/v1/sources/" + UNKNOWN_ID, null, Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(update, "id " + id, "PUT", () -> "/api/v1/sources/" + pathSegment(id), sourceJson(source -> { }, pipeline,
                    stage), Expected.refused(400)));
            cases.add(apiCase(delete, "id " + id, "DELETE", () -> "/api/v1/sources/" + pathSegment(id), null, Expected.refused(400)));
        }
        cases.add(apiCase(read, "unknown key", "GET", () -> "/api/v1/sources/" + Unique.key("nope"), null, Expected.refused(404)));
        for (String operation : List.of("secret", "test")) {
            String name = "POST /api/v1/sources/{id}/" + operation;
            cases.add(apiCase(name, "unknown source", "POST", () -> "/api/v1/sources/" + UNKNOWN_ID + "/" + operation, null,
                    Expected.refused(404)));
            for (String id : BROKEN_IDS) {
                cases.add(apiCase(name, "id " + id, "POST", () -> "/api/v1/sources/" + pathSegment(id) + "/" + operation, null,
                        Expected.refused(400)));
            }
        }
        return cases;
    }

    private List<Case> others() {
        String retry = "POST /api/v1/outbox/{id}/retry";
        String dead = "GET /api/v1/outbox/dead";
        String linkCode = "POST /api/v1/team/{userId}/telegram-link-code";
        String job = "GET /api/v1/imports/{id}";
        String rejections = "GET /api/v1/imports/{id}/rejections";
        String rejectionsCsv = "GET /api/v1/imports/{id}/rejections.csv";
        String messages = "GET /api/v1/outbox/messages";
        String events = "GET /api/v1/events";
        String event = "GET /api/v1/events/{id}";
        List<Case> cases = new ArrayList<>();
        cases.add(apiCase(messages, "unknown state", "GET", () -> "/api/v1/outbox/messages?state=LOST", null, Expected.refused(400)));
        cases.add(apiCase(messages, "size over the limit", "GET", () -> "/api/v1/outbox/messages?size=501", null, Expected.refused(422)));
        cases.add(apiCase(events, "unknown channel", "GET", () -> "/api/v1/events?channel=FAX", null, Expected.refused(400)));
        cases.add(apiCase(events, "from not an instant", "GET", () -> "/api/v1/events?from=yesterday", null, Expected.refused(400)));
        cases.add(apiCase(events, "to before from", "GET", () -> "/api/v1/events?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                null, Expected.refused(422)));
        cases.add(apiCase(events, "negative page", "GET", () -> "/api/v1/events?page=-1", null, Expected.refused(422)));
        cases.add(apiCase(events, "page whose offset overflows", "GET", () -> "/api/v1/events?page=2147483647&size=500", null,
                Expected.refused(422)));
        cases.add(apiCase(event, "unknown event", "GET", () -> "/api/v1/events/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(retry, "unknown message", "POST", () -> "/api/v1/outbox/" + UNKNOWN_ID + "/retry", null, Expected.refused(404)));
        cases.add(apiCase(retry, "a message that is not dead", "POST", () -> "/api/v1/outbox/" + liveOutboxMessage() + "/retry", null,
                Expected.refused(404)));
        cases.add(new Case(retry, "body over the limit", () -> apiRequest("POST", "/api/v1/outbox/" + UNKNOWN_ID + "/retry", JSON, null)
                .withBody(BadInputs.overTheLimit()), Expected.refused(413)));
        cases.add(new Case(retry, "no API key", () -> Request.post("/api/v1/outbox/" + liveOutboxMessage() + "/retry", null, new byte[0]),
                Expected.refused(401)));
        cases.add(apiCase(dead, "limit not a number", "GET", () -> "/api/v1/outbox/dead?limit=abc", null, Expected.refused(400)));
        cases.add(apiCase(linkCode, "unknown team member", "POST", () -> "/api/v1/team/" + UNKNOWN_ID + "/telegram-link-code", null,
                Expected.refused(404)));
        cases.add(new Case(linkCode, "no API key", () -> Request.post("/api/v1/team/1/telegram-link-code", null, new byte[0]),
                Expected.refused(401)));
        cases.add(apiCase(job, "unknown import", "GET", () -> "/api/v1/imports/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(rejections, "unknown import", "GET", () -> "/api/v1/imports/" + UNKNOWN_ID + "/rejections", null,
                Expected.refused(404)));
        cases.add(apiCase(rejectionsCsv, "unknown import", "GET", () -> "/api/v1/imports/" + UNKNOWN_ID + "/rejections.csv", null,
                Expected.refused(404)));
        cases.add(apiCase(rejections, "negative page", "GET", () -> "/api/v1/imports/" + UNKNOWN_ID + "/rejections?page=-1", null,
                Expected.refused(422)));
        cases.add(apiCase(rejections, "size not a number", "GET", () -> "/api/v1/imports/1/rejections?size=abc", null,
                Expected.refused(400)));
        cases.add(apiCase(rejections, "page whose offset overflows", "GET", () -> "/api/v1/imports/" + finishedImport()
                + "/rejections?page=2147483647&size=1000", null, Expected.refused(422)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(retry, "id " + id, "POST", () -> "/api/v1/outbox/" + pathSegment(id) + "/retry", null,
                    Expected.refused(400)));
            cases.add(apiCase(linkCode, "user id " + id, "POST", () -> "/api/v1/team/" + pathSegment(id) + "/telegram-link-code", null,
                    Expected.refused(400)));
            cases.add(apiCase(job, "id " + id, "GET", () -> "/api/v1/imports/" + pathSegment(id), null, Expected.refused(400)));
            cases.add(apiCase(rejectionsCsv, "id " + id, "GET", () -> "/api/v1/imports/" + pathSegment(id) + "/rejections.csv", null,
                    Expected.refused(400)));
            cases.add(apiCase(event, "id " + id, "GET", () -> "/api/v1/events/" + pathSegment(id), null, Expected.refused(400)));
        }
        return cases;
    }

    /** A finished import of one row. */
    private long finishedImport() {
        ImportUploads imports = new ImportUploads(app.api());
        var upload = imports.upload(BadInputs.utf8("email\n" + Unique.email("import") + "\n"), "{\"email\": \"email\"}", Map.of());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        long id = ImportUploads.json(upload).get("id").asLong();
        imports.awaitFinished(id);
        return id;
    }

    /** An outbox message that is not dead (a new deal queues the demo's e-mails). */
    private long liveOutboxMessage() {
        app.newDeal();
        return app.count("SELECT MAX(id) FROM outbox_message WHERE status <> 'DEAD'");
    }
}
