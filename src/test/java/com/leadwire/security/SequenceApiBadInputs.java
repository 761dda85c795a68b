package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.pathSegment;
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Unique;

/**
 * Follow-up sequences: one to three e-mails, each of an existing template, a delay from PT1S, a discount above 0 and at
 * most 100, a valid BCC. No case here creates, changes or deletes a sequence; the PUT cases act on a sequence of their own.
 */
final class SequenceApiBadInputs {

    private static final String CREATE = "POST /api/v1/sequences";
    private static final String READ = "GET /api/v1/sequences/{id}";
    private static final String UPDATE = "PUT /api/v1/sequences/{id}";
    private static final String DELETE = "DELETE /api/v1/sequences/{id}";
    private static final String TEMPLATE = "LEADS - NOVO ENVIO";

    private final SweepFixtures app;

    SequenceApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String email(String delay, String discount) {
        return "{\"template\": \"" + TEMPLATE + "\", \"delay\": \"" + delay + "\"" + (discount == null ? "" : ", \"discountPercent\": "
                + discount) + "}";
    }

    private static String sequenceJson(String emails, String more) {
        return "{\"name\": \"Sweep sequence " + Unique.suffix() + "\", \"emails\": [" + emails + "]" + (more == null ? "" : ", " + more)
                + "}";
    }

    private static String valid() {
        return sequenceJson(email("PT1H", "10"), null);
    }

    private long newSequence() {
        var created = app.api().postJson("/api/v1/sequences", valid());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("id").asLong();
    }

    /** What both POST and PUT refuse in a body that is JSON: 422 naming the field. */
    private static List<String[]> invalidBodies() {
        String one = email("PT1H", null);
        return List.of(
                new String[] {"unknown property", sequenceJson(one, "\"colour\": \"red\"")},
                new String[] {"no name", "{\"emails\": [" + one + "]}"},
                new String[] {"blank name", "{\"name\": \"  \", \"emails\": [" + one + "]}"},
                new String[] {"over-long name", "{\"name\": \"" + "x".repeat(201) + "\", \"emails\": [" + one + "]}"},
                new String[] {"no e-mails", sequenceJson("", null).replace(", \"emails\": []", "")},
                new String[] {"empty e-mails list", sequenceJson("", null)},
                new String[] {"4 e-mails", sequenceJson(String.join(", ", one, one, one, one), null)},
                new String[] {"null e-mail", sequenceJson("null", null)},
                new String[] {"e-mail without template", sequenceJson("{\"delay\": \"PT1H\"}", null)},
                new String[] {"unknown template", sequenceJson("{\"template\": \"" + Unique.key("no such template") + "\", \"delay\": \"PT1H\"}",
                        null)},
                new String[] {"no delay", sequenceJson("{\"template\": \"" + TEMPLATE + "\"}", null)},
                new String[] {"delay PT0S", sequenceJson(email("PT0S", null), null)},
                new String[] {"negative delay", sequenceJson(email("-PT1H", null), null)},
                new String[] {"delay over P366D", sequenceJson(email("P367D", null), null)},
                new String[] {"delay not ISO-8601", sequenceJson(email("1 hour", null), null)},
                new String[] {"delay SQL", sequenceJson(email("PT1H'; DROP TABLE sequence;--", null), null)},
                new String[] {"discount 0", sequenceJson(email("PT1H", "0"), null)},
                new String[] {"discount 101", sequenceJson(email("PT1H", "101"), null)},
                new String[] {"negative discount", sequenceJson(email("PT1H", "-5"), null)},
                new String[] {"discount 12.345", sequenceJson(email("PT1H", "12.345"), null)},
                new String[] {"bad bcc", sequenceJson(one, "\"bcc\": \"not-an-email\"")},
                new String[] {"bcc markup", sequenceJson(one, "\"bcc\": \"<script>@example.com\"")});
    }

    List<Case> cases() {
        Supplier<String> sequences = () -> "/api/v1/sequences";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(CREATE, (type, body) -> apiRequest("POST", sequences.get(), type, null)
                .withBody(body), SequenceApiBadInputs::valid, 400, true));
        for (String[] invalid : invalidBodies()) {
            cases.add(apiCase(CREATE, invalid[0], "POST", sequences, invalid[1], Expected.refused(422)));
        }
        cases.add(apiCase(CREATE, "discount not a number", "POST", sequences, sequenceJson(email("PT1H", "\"ten\""), null),
                Expected.refused(400)));
        cases.add(new Case(CREATE, "no API key", () -> Request.post("/api/v1/sequences", BadInputs.JSON, valid()), Expected.refused(401)));

        Supplier<String> unknown = () -> "/api/v1/sequences/" + UNKNOWN_ID;
        cases.add(apiCase(READ, "unknown sequence", "GET", unknown, null, Expected.refused(404)));
        cases.add(new Case(READ, "no API key", () -> Request.get(unknown.get()), Expected.refused(401)));

        Supplier<String> ownSequence = () -> "/api/v1/sequences/" + newSequence();
        cases.addAll(brokenJsonBodies(UPDATE, (type, body) -> apiRequest("PUT", ownSequence.get(), type, null).withBody(body),
                SequenceApiBadInputs::valid, 400, true));
        for (String[] invalid : invalidBodies()) {
            cases.add(apiCase(UPDATE, invalid[0], "PUT", ownSequence, invalid[1], Expected.refused(422)));
        }
        cases.add(new Case(UPDATE, "another sequence's name", () -> {
            String taken = app.text("SELECT name FROM follow_up_sequence WHERE id = ?", newSequence());
            return apiRequest("PUT", ownSequence.get(), BadInputs.JSON, "{\"name\": \"" + taken + "\", \"emails\": [" + email("PT1H", null)
                    + "]}");
        }, Expected.refused(422)));
        cases.add(apiCase(UPDATE, "unknown sequence", "PUT", unknown, valid(), Expected.refused(404)));
        cases.add(new Case(UPDATE, "no API key", () -> Request.post(unknown.get(), BadInputs.JSON, valid()).method("PUT"),
                Expected.refused(401)));

        cases.add(apiCase(DELETE, "unknown sequence", "DELETE", unknown, null, Expected.refused(404)));
        cases.add(new Case(DELETE, "no API key", () -> Request.post("/api/v1/sequences/" + newSequence(), null, (byte[]) null)
                .method("DELETE"), Expected.refused(401)));

        for (String id : BROKEN_IDS) {
            Supplier<String> broken = () -> "/api/v1/sequences/" + pathSegment(id);
            cases.add(apiCase(READ, "id " + id, "GET", broken, null, Expected.refused(400)));
            cases.add(apiCase(UPDATE, "id " + id, "PUT", broken, valid(), Expected.refused(400)));
            cases.add(apiCase(DELETE, "id " + id, "DELETE", broken, null, Expected.refused(400)));
        }
        return cases;
    }
}
