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

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.testsupport.Unique;

/** The e-mail templates API: a template's parts are text (stored as sent) that must compile as Mustache. */
final class TemplateApiBadInputs {

    /** A demo template with one version, which a demo rule sends. */
    private static final String SENT_BY_A_RULE = "LEADS - NOVO ENVIO";

    private final SweepFixtures app;

    TemplateApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String templateJson(Consumer<ObjectNode> change) {
        ObjectNode template = object().put("name", Unique.key("Sweep")).put("language", "pt-BR").put("subject", "Oi {{contact.name}}")
                .put("html", "<p>Oi</p>").put("text", "Oi").put("transactional", false);
        change.accept(template);
        return json(template);
    }

    List<Case> cases() {
        String create = "POST /api/v1/templates";
        String read = "GET /api/v1/templates/{id}";
        String update = "PUT /api/v1/templates/{id}";
        String delete = "DELETE /api/v1/templates/{id}";
        String preview = "POST /api/v1/templates/{id}/preview";
        Supplier<String> templates = () -> "/api/v1/templates";
        Supplier<String> ownTemplate = () -> {
            var created = app.api().postJson("/api/v1/templates", templateJson(template -> { }));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return "/api/v1/templates/" + body(created).get("id").asLong();
        };
        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/templates", type, null)
                .withBody(body), () -> templateJson(template -> { }), 400, true));
        cases.add(apiCase(create, "unknown property", "POST", templates, templateJson(template -> template.put("colour", "red")),
                Expected.refused(422)));
        cases.add(apiCase(create, "no name", "POST", templates, templateJson(template -> template.remove("name")), Expected.refused(422)));
        cases.add(apiCase(create, "no body at all", "POST", templates, templateJson(template -> template.remove(List.of("html", "text"))),
                Expected.refused(422)));
        cases.add(apiCase(create, "over-long name", "POST", templates, templateJson(template -> template.put("name", "x".repeat(201))),
                Expected.refused(422)));
        cases.add(apiCase(create, "over-long subject", "POST", templates, templateJson(template -> template.put("subject",
                "x".repeat(501))), Expected.refused(422)));
        cases.add(apiCase(create, "unknown language", "POST", templates, templateJson(template -> template.put("language", "klingon")),
                Expected.refused(422)));
        cases.add(apiCase(create, "HTML that does not compile", "POST", templates, templateJson(template -> template.put("html",
                "<p>{{#deal}}</p>")), Expected.refused(422)));
        cases.add(apiCase(create, "a name and language in use", "POST", templates, templateJson(template -> template.put("name",
                SENT_BY_A_RULE)), Expected.refused(409)));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            for (String part : List.of("subject", "html", "text")) {
                cases.add(apiCase(create, part + shown, "POST", templates, templateJson(template -> template.put(part, payload)),
                        Expected.accepted(201, response -> assertThat(app.text("SELECT " + part + (part.equals("subject") ? "" : "_body")
                                + " FROM mail_template WHERE id = ?", body(response).get("id").asLong())).isEqualTo(payload))));
            }
            String name = payload + " " + Unique.suffix();
            cases.add(apiCase(update, "name" + shown, "PUT", ownTemplate, templateJson(template -> template.put("name", name)),
                    Expected.accepted(200, response -> assertThat(app.text("SELECT name FROM mail_template WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(name))));
        }
        cases.addAll(brokenJsonBodies(update, (type, body) -> apiRequest("PUT", ownTemplate.get(), type, null).withBody(body),
                () -> templateJson(template -> { }), 400, true));
        cases.add(apiCase(update, "subject that does not compile", "PUT", ownTemplate, templateJson(template -> template.put("subject",
                "{{/deal}}")), Expected.refused(422)));
        cases.add(apiCase(update, "unknown template", "PUT", () -> "/api/v1/templates/" + UNKNOWN_ID, templateJson(template -> { }),
                Expected.refused(404)));
        cases.add(apiCase(delete, "unknown template", "DELETE", () -> "/api/v1/templates/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(delete, "the last version of a template a rule sends", "DELETE", () -> "/api/v1/templates/"
                + app.count("SELECT id FROM mail_template WHERE name = ?", SENT_BY_A_RULE), null, Expected.refused(409)));
        cases.add(apiCase(read, "unknown template", "GET", () -> "/api/v1/templates/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(preview, "unknown template", "POST", () -> "/api/v1/templates/" + UNKNOWN_ID + "/preview", null,
                Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            Supplier<String> broken = () -> "/api/v1/templates/" + pathSegment(id);
            cases.add(apiCase(read, "id " + id, "GET", broken, null, Expected.refused(400)));
            cases.add(apiCase(update, "id " + id, "PUT", broken, templateJson(template -> { }), Expected.refused(400)));
            cases.add(apiCase(delete, "id " + id, "DELETE", broken, null, Expected.refused(400)));
            cases.add(apiCase(preview, "id " + id, "POST", () -> broken.get() + "/preview", null, Expected.refused(400)));
        }
        return cases;
    }
}
