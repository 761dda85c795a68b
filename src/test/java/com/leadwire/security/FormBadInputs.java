package com.leadwire.security;

import static com.leadwire.security.BadInputs.JSON;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.URLENCODED;
import static com.leadwire.security.BadInputs.form;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.BadInputs.utf8;
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Multipart;
import com.leadwire.testsupport.Unique;

/**
 * Form and pop-up submissions, urlencoded (a plain HTML form) and JSON (the embed script), into
 * the demo form "leads-autocloud" and pop-up "popup-feirao"; and the embed script they load.
 */
final class FormBadInputs {

    private static final String FORM = "POST /api/v1/intake/forms/{formKey}";
    private static final String POPUP = "POST /api/v1/intake/popups/{popupKey}";

    /** One endpoint and the fields a valid submission to it carries (besides the e-mail). */
    private record Target(String operation, String path, Map<String, String> fields) {
    }

    private static final Target LEAD_FORM = new Target(FORM, "/api/v1/intake/forms/leads-autocloud",
            Map.of("nome", "Ana Lead", "tipo", "LEAD"));
    private static final Target POPUP_FEIRAO = new Target(POPUP, "/api/v1/intake/popups/popup-feirao",
            Map.of("nome", "Ana Pop-up", "aceite", "true"));

    private final SweepFixtures app;

    FormBadInputs(SweepFixtures app) {
        this.app = app;
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Target target : List.of(LEAD_FORM, POPUP_FEIRAO)) {
            cases.addAll(BadInputs.brokenJsonBodies(target.operation(), (type, body) -> post(target.path(), type, body),
                    () -> submission(target, JSON, values -> { }), 400, true));
            cases.addAll(brokenUrlencoded(target));
            for (String type : List.of(JSON, URLENCODED)) {
                cases.addAll(badFields(target, type));
            }
            cases.add(new Case(target.operation(), "multipart", () -> {
                Multipart multipart = new Multipart().field("email", Unique.email("multi")).field("nome", "A");
                return Request.post(target.path(), multipart.contentType(), multipart.bytes());
            }, Expected.refused(415)));
        }
        cases.addAll(unknownKeys());
        cases.addAll(embed());
        return cases;
    }

    private static Request post(String path, String contentType, byte[] body) {
        return Request.post(path, contentType, body).header("Accept", "application/json");
    }

    /** A valid submission for a new e-mail, as {@code type}, its values changed by {@code change}. */
    private static String submission(Target target, String type, Consumer<Map<String, String>> change) {
        Map<String, String> values = new LinkedHashMap<>(target.fields());
        values.put("email", Unique.email("form"));
        change.accept(values);
        if (type.equals(JSON)) {
            ObjectNode json = BadInputs.object();
            values.forEach(json::put);
            return BadInputs.json(json);
        }
        return values.entrySet().stream().map(entry -> form(entry.getKey()) + "=" + form(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Case submit(Target target, String type, String what, Consumer<Map<String, String>> change, Expected expected) {
        return new Case(target.operation(), what + " (" + (type.equals(JSON) ? "JSON" : "urlencoded") + ")",
                () -> post(target.path(), type, utf8(submission(target, type, change))), expected);
    }

    private static List<Case> brokenUrlencoded(Target target) {
        String op = target.operation();
        String valid = "nome=A&tipo=LEAD&aceite=true&email=";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(op, "broken % escape", () -> post(target.path(), URLENCODED, utf8(valid + Unique.email("b") + "&x=%zz")),
                Expected.refused(400)));
        cases.add(new Case(op, "urlencoded value not UTF-8", () -> post(target.path(), URLENCODED,
                utf8("nome=%C3%28&tipo=LEAD&aceite=true&email=" + Unique.email("b"))), Expected.refused(400)));
        cases.add(new Case(op, "value without a name", () -> post(target.path(), URLENCODED, utf8("=x&" + valid + Unique.email("b"))),
                Expected.refused(400)));
        cases.add(new Case(op, "empty urlencoded body", () -> post(target.path(), URLENCODED, new byte[0]), Expected.refused(400)));
        cases.add(new Case(op, "urlencoded body over the limit", () -> post(target.path(), URLENCODED,
                utf8(valid + Unique.email("b") + "&x=" + "y".repeat(BadInputs.BODY_LIMIT))), Expected.refused(413)));
        cases.add(new Case(op, "urlencoded body over the limit, chunked", () -> post(target.path(), URLENCODED,
                utf8(valid + Unique.email("b") + "&x=" + "y".repeat(BadInputs.BODY_LIMIT))).sentChunked(), Expected.refused(413)));
        return cases;
    }

    private List<Case> badFields(Target target, String type) {
        List<Case> cases = new ArrayList<>();
        cases.add(submit(target, type, "no e-mail", values -> values.remove("email"), Expected.refused(422)));
        cases.add(submit(target, type, "over-long name", values -> values.put("nome", "x".repeat(5000)), Expected.refused(422)));
        cases.add(submit(target, type, "over-long free field", values -> values.put("mensagem", "x".repeat(3000)), Expected.refused(422)));
        cases.add(submit(target, type, "101 fields", values -> {
            for (int i = 0; i < 101; i++) {
                values.put("campo" + i, "x");
            }
        }, Expected.refused(422)));
        cases.add(submit(target, type, "honeypot filled", values -> values.put("website", "http://spam.example"), Expected.refused(422)));
        BadInputs.INVALID_EMAILS.forEach(email -> cases.add(submit(target, type, "invalid e-mail " + label(email),
                values -> values.put("email", email), Expected.refused(422))));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            if (target == LEAD_FORM) {
                cases.add(submit(target, type, "telefone" + shown, values -> values.put("telefone", payload), Expected.refused(422)));
                cases.add(submit(target, type, "tipo (a select)" + shown, values -> values.put("tipo", payload), Expected.refused(422)));
            }
            cases.add(submit(target, type, "nome" + shown, values -> values.put("nome", payload), Expected.accepted(201,
                    response -> assertThat(app.text("SELECT name FROM contact WHERE id = ?", body(response).get("contactId").asLong()))
                            .isEqualTo(payload))));
            cases.add(submit(target, type, "a free field" + shown, values -> values.put("mensagem", payload),
                    Expected.accepted(201, response -> assertThat(SweepFixtures.json(app.text(
                            "SELECT custom_fields FROM deal WHERE id = ?", body(response).get("dealId").asLong()))
                            .get("mensagem").asText()).isEqualTo(payload))));
        }
        return cases;
    }

    private static List<Case> unknownKeys() {
        List<Case> cases = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(Unique.key("no-such-form"), "k".repeat(300)));
        keys.addAll(SQL_AND_MARKUP);
        for (String key : keys) {
            cases.add(new Case(FORM, "unknown form key " + label(key), () -> post("/api/v1/intake/forms/" + pathSegment(key), JSON,
                    utf8(submission(LEAD_FORM, JSON, values -> { }))), Expected.refused(BadInputs.unknownKeyStatus(key))));
            cases.add(new Case(POPUP, "unknown pop-up key " + label(key), () -> post("/api/v1/intake/popups/" + pathSegment(key),
                    URLENCODED, utf8(submission(POPUP_FEIRAO, URLENCODED, values -> { }))),
                    Expected.refused(BadInputs.unknownKeyStatus(key))));
        }
        cases.add(new Case(FORM, "a pop-up's key on the form path", () -> post("/api/v1/intake/forms/popup-feirao", JSON,
                utf8(submission(POPUP_FEIRAO, JSON, values -> { }))), Expected.refused(404)));
        cases.add(new Case(POPUP, "a form's key on the pop-up path", () -> post("/api/v1/intake/popups/leads-autocloud", JSON,
                utf8(submission(LEAD_FORM, JSON, values -> { }))), Expected.refused(404)));
        return cases;
    }

    private static List<Case> embed() {
        String script = "GET /embed/{key}.js";
        List<Case> cases = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of(Unique.key("no-such-form"), "stripe"));
        keys.addAll(SQL_AND_MARKUP);
        for (String key : keys) {
            cases.add(new Case(script, "script of unknown key " + label(key), () -> Request.get("/embed/" + pathSegment(key) + ".js"),
                    Expected.refused(BadInputs.unknownKeyStatus(key))));
        }
        String thanks = "GET /embed/thanks";
        for (String payload : SQL_AND_MARKUP) {
            cases.add(new Case(thanks, "form = " + label(payload), () -> Request.get("/embed/thanks?form=" + form(payload))
                    .header("Accept-Language", payload), Expected.accepted(200, response -> assertThat(response.body())
                    .as("the page never repeats what it was sent").doesNotContain(payload))));
        }
        return cases;
    }
}
