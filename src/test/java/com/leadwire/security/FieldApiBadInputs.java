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

/**
 * The custom-field catalogue API: a name is a key (checked), labels and options are text (stored as
 * sent). The fields the sweep stores are contact fields with names nobody else uses.
 */
final class FieldApiBadInputs {

    /** A demo deal field. */
    private static final String DEMO_FIELD = "platform";

    private final SweepFixtures app;

    FieldApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    /** A valid choice field; {@code change} breaks one part of it. */
    private static String fieldJson(Consumer<ObjectNode> change) {
        ObjectNode field = object().put("scope", "CONTACT").put("name", "sweep_" + Unique.suffix()).put("type", "CHOICE")
                .put("labelEn", "Sweep").put("labelPt", "Varredura");
        field.putArray("options").add("a").add("b");
        change.accept(field);
        return json(field);
    }

    List<Case> cases() {
        String create = "POST /api/v1/fields";
        String read = "GET /api/v1/fields/{id}";
        String update = "PUT /api/v1/fields/{id}";
        String delete = "DELETE /api/v1/fields/{id}";
        Supplier<String> fields = () -> "/api/v1/fields";
        Supplier<String> ownField = () -> {
            var created = app.api().postJson("/api/v1/fields", fieldJson(field -> { }));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return "/api/v1/fields/" + body(created).get("id").asLong();
        };
        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/fields", type, null)
                .withBody(body), () -> fieldJson(field -> { }), 400, true));
        cases.add(apiCase(create, "unknown property", "POST", fields, fieldJson(field -> field.put("colour", "red")),
                Expected.refused(422)));
        cases.add(apiCase(create, "no name", "POST", fields, fieldJson(field -> field.remove("name")), Expected.refused(422)));
        cases.add(apiCase(create, "no scope", "POST", fields, fieldJson(field -> field.remove("scope")), Expected.refused(422)));
        cases.add(apiCase(create, "no type", "POST", fields, fieldJson(field -> field.remove("type")), Expected.refused(422)));
        cases.add(apiCase(create, "unknown scope", "POST", fields, fieldJson(field -> field.put("scope", "SHIP")), Expected.refused(400)));
        cases.add(apiCase(create, "unknown type", "POST", fields, fieldJson(field -> field.put("type", "COLOUR")), Expected.refused(400)));
        cases.add(apiCase(create, "name with capitals and a blank", "POST", fields, fieldJson(field -> field.put("name", "Plano Pago")),
                Expected.refused(422)));
        cases.add(apiCase(create, "over-long name", "POST", fields, fieldJson(field -> field.put("name", "x".repeat(61))),
                Expected.refused(422)));
        cases.add(apiCase(create, "no English label", "POST", fields, fieldJson(field -> field.remove("labelEn")), Expected.refused(422)));
        cases.add(apiCase(create, "over-long label", "POST", fields, fieldJson(field -> field.put("labelPt", "x".repeat(201))),
                Expected.refused(422)));
        cases.add(apiCase(create, "a choice without options", "POST", fields, fieldJson(field -> field.putArray("options")),
                Expected.refused(422)));
        cases.add(apiCase(create, "options on a text field", "POST", fields, fieldJson(field -> field.put("type", "TEXT")),
                Expected.refused(422)));
        cases.add(apiCase(create, "an option of two lines", "POST", fields, fieldJson(field -> field.putArray("options").add("a\nb")),
                Expected.refused(422)));
        cases.add(apiCase(create, "an option twice", "POST", fields, fieldJson(field -> field.putArray("options").add("Pro").add("PRO")),
                Expected.refused(422)));
        cases.add(apiCase(create, "a null option", "POST", fields, fieldJson(field -> field.putArray("options").addNull()),
                Expected.refused(422)));
        cases.add(apiCase(create, "over-long option", "POST", fields, fieldJson(field -> field.putArray("options").add("x".repeat(201))),
                Expected.refused(422)));
        cases.add(apiCase(create, "negative position", "POST", fields, fieldJson(field -> field.put("position", -1)),
                Expected.refused(422)));
        cases.add(apiCase(create, "a name the scope has", "POST", fields, fieldJson(field -> field.put("scope", "DEAL")
                .put("name", DEMO_FIELD)), Expected.refused(409)));
        for (String payload : SQL_AND_MARKUP) {
            String shown = " = " + label(payload);
            cases.add(apiCase(create, "name" + shown, "POST", fields, fieldJson(field -> field.put("name", payload)),
                    Expected.refused(422)));
            cases.add(apiCase(create, "label" + shown, "POST", fields, fieldJson(field -> field.put("labelEn", payload)),
                    Expected.accepted(201, response -> assertThat(app.text("SELECT label_en FROM custom_field WHERE id = ?",
                            body(response).get("id").asLong())).isEqualTo(payload))));
            cases.add(apiCase(update, "option" + shown, "PUT", ownField, fieldJson(field -> field.<ObjectNode>without("name")
                    .putArray("options").add(payload)), Expected.accepted(200, response -> assertThat(app.text(
                            "SELECT options FROM custom_field WHERE id = ?", body(response).get("id").asLong())).isEqualTo(payload))));
        }
        cases.addAll(brokenJsonBodies(update, (type, body) -> apiRequest("PUT", ownField.get(), type, null).withBody(body),
                () -> fieldJson(field -> field.remove("name")), 400, true));
        cases.add(apiCase(update, "a new name", "PUT", ownField, fieldJson(field -> { }), Expected.refused(422)));
        cases.add(apiCase(update, "a new scope", "PUT", ownField, fieldJson(field -> field.<ObjectNode>without("name")
                .put("scope", "DEAL")), Expected.refused(422)));
        cases.add(apiCase(update, "a choice left without options", "PUT", ownField, fieldJson(field -> field.<ObjectNode>without("name")
                .putArray("options")), Expected.refused(422)));
        cases.add(apiCase(update, "unknown field", "PUT", () -> "/api/v1/fields/" + UNKNOWN_ID, fieldJson(field -> field.remove("name")),
                Expected.refused(404)));
        cases.add(apiCase(delete, "unknown field", "DELETE", () -> "/api/v1/fields/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(read, "unknown field", "GET", () -> "/api/v1/fields/" + UNKNOWN_ID, null, Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            Supplier<String> broken = () -> "/api/v1/fields/" + pathSegment(id);
            cases.add(apiCase(read, "id " + id, "GET", broken, null, Expected.refused(400)));
            cases.add(apiCase(update, "id " + id, "PUT", broken, fieldJson(field -> field.remove("name")), Expected.refused(400)));
            cases.add(apiCase(delete, "id " + id, "DELETE", broken, null, Expected.refused(400)));
        }
        return cases;
    }
}
