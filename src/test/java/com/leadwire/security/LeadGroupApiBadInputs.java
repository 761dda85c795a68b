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
 * Lead groups: a unique name, known sequences (at most 5, none twice; an active group needs one),
 * a known webhook, a valid BCC, a priority from 0, products of 1 to 200 characters, an ISO language
 * and country, A/B criteria only for two or more sequences, and the enums. The groups the cases
 * make are INACTIVE (they take nobody in); the default groups refuse deletion and another source.
 */
final class LeadGroupApiBadInputs {

    private static final String CREATE = "POST /api/v1/lead-groups";
    private static final String READ = "GET /api/v1/lead-groups/{id}";
    private static final String UPDATE = "PUT /api/v1/lead-groups/{id}";
    private static final String DELETE = "DELETE /api/v1/lead-groups/{id}";

    private final SweepFixtures app;

    LeadGroupApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String groupJson(String more) {
        return "{\"name\": \"Sweep group " + Unique.suffix() + "\"" + (more == null ? "" : ", " + more) + "}";
    }

    private static String valid() {
        return groupJson("\"status\": \"INACTIVE\", \"source\": \"ALL\", \"priority\": 1");
    }

    private long newGroup() {
        var created = app.api().postJson("/api/v1/lead-groups", valid());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("id").asLong();
    }

    private long defaultGroup() {
        return app.count("SELECT MIN(id) FROM lead_group WHERE kind = 'DEFAULT'");
    }

    /** What both POST and PUT refuse in a body that is JSON: 422 naming the field. */
    private static List<String[]> invalidBodies() {
        return List.of(
                new String[] {"unknown property", groupJson("\"colour\": \"red\"")},
                new String[] {"no name", "{\"status\": \"INACTIVE\"}"},
                new String[] {"blank name", "{\"name\": \"  \"}"},
                new String[] {"over-long name", "{\"name\": \"" + "x".repeat(201) + "\"}"},
                new String[] {"over-long description", groupJson("\"description\": \"" + "x".repeat(2001) + "\"")},
                new String[] {"unknown sequence", groupJson("\"sequenceIds\": [" + UNKNOWN_ID + "]")},
                new String[] {"null sequence", groupJson("\"sequenceIds\": [null]")},
                new String[] {"active without a sequence", groupJson("\"status\": \"ACTIVE\"")},
                new String[] {"unknown webhook", groupJson("\"webhookId\": " + UNKNOWN_ID)},
                new String[] {"bad bcc", groupJson("\"bcc\": \"not-an-email\"")},
                new String[] {"bcc markup", groupJson("\"bcc\": \"<script>@example.com\"")},
                new String[] {"negative priority", groupJson("\"priority\": -1")},
                new String[] {"priority over 1000000", groupJson("\"priority\": 1000001")},
                new String[] {"blank product", groupJson("\"products\": [\" \"]")},
                new String[] {"over-long product", groupJson("\"products\": [\"" + "p".repeat(201) + "\"]")},
                new String[] {"unknown language", groupJson("\"language\": \"xx-YY\"")},
                new String[] {"language SQL", groupJson("\"language\": \"pt'; DROP TABLE lead_group;--\"")},
                new String[] {"unknown country", groupJson("\"country\": \"XX\"")},
                new String[] {"three-letter country", groupJson("\"country\": \"BRA\"")},
                new String[] {"A/B criteria without two sequences", groupJson("\"test\": {\"targetLeads\": 100}")},
                new String[] {"abandonAfter not ISO-8601", groupJson("\"source\": \"ABANDONED\", \"abandonAfter\": \"1 hour\"")},
                new String[] {"abandonAfter over P30D", groupJson("\"source\": \"ABANDONED\", \"abandonAfter\": \"P31D\"")},
                new String[] {"abandonAfter PT0S", groupJson("\"source\": \"ABANDONED\", \"abandonAfter\": \"PT0S\"")});
    }

    /** Types Jackson refuses before the groups see them: 400. */
    private static List<String[]> unreadableBodies() {
        return List.of(
                new String[] {"unknown status", groupJson("\"status\": \"MAYBE\"")},
                new String[] {"unknown source", groupJson("\"source\": \"SOMETIMES\"")},
                new String[] {"startsAt not a date", groupJson("\"startsAt\": \"tomorrow\"")},
                new String[] {"priority not a number", groupJson("\"priority\": \"high\"")},
                new String[] {"sequenceIds not numbers", groupJson("\"sequenceIds\": [\"a\"]")},
                new String[] {"products not a list", groupJson("\"products\": {\"a\": 1}")});
    }

    List<Case> cases() {
        Supplier<String> groups = () -> "/api/v1/lead-groups";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(CREATE, (type, body) -> apiRequest("POST", groups.get(), type, null)
                .withBody(body), LeadGroupApiBadInputs::valid, 400, true));
        for (String[] invalid : invalidBodies()) {
            cases.add(apiCase(CREATE, invalid[0], "POST", groups, invalid[1], Expected.refused(422)));
        }
        for (String[] unreadable : unreadableBodies()) {
            cases.add(apiCase(CREATE, unreadable[0], "POST", groups, unreadable[1], Expected.refused(400)));
        }
        cases.add(new Case(CREATE, "no API key", () -> Request.post("/api/v1/lead-groups", BadInputs.JSON, valid()), Expected.refused(401)));

        Supplier<String> unknown = () -> "/api/v1/lead-groups/" + UNKNOWN_ID;
        cases.add(apiCase(READ, "unknown group", "GET", unknown, null, Expected.refused(404)));
        cases.add(new Case(READ, "no API key", () -> Request.get(unknown.get()), Expected.refused(401)));

        Supplier<String> ownGroup = () -> "/api/v1/lead-groups/" + newGroup();
        cases.addAll(brokenJsonBodies(UPDATE, (type, body) -> apiRequest("PUT", ownGroup.get(), type, null).withBody(body),
                LeadGroupApiBadInputs::valid, 400, true));
        for (String[] invalid : invalidBodies()) {
            cases.add(apiCase(UPDATE, invalid[0], "PUT", ownGroup, invalid[1], Expected.refused(422)));
        }
        for (String[] unreadable : unreadableBodies()) {
            cases.add(apiCase(UPDATE, unreadable[0], "PUT", ownGroup, unreadable[1], Expected.refused(400)));
        }
        cases.add(new Case(UPDATE, "another group's name", () -> {
            String taken = app.text("SELECT name FROM lead_group WHERE id = ?", newGroup());
            return apiRequest("PUT", ownGroup.get(), BadInputs.JSON, "{\"name\": \"" + taken + "\"}");
        }, Expected.refused(422)));
        cases.add(new Case(UPDATE, "a default group's source", () -> {
            long id = defaultGroup();
            String name = app.text("SELECT name FROM lead_group WHERE id = ?", id);
            return apiRequest("PUT", "/api/v1/lead-groups/" + id, BadInputs.JSON, "{\"name\": \"" + name + "\", \"source\": \"ALL\"}");
        }, Expected.refused(422)));
        cases.add(apiCase(UPDATE, "unknown group", "PUT", unknown, valid(), Expected.refused(404)));
        cases.add(new Case(UPDATE, "no API key", () -> Request.post(unknown.get(), BadInputs.JSON, valid()).method("PUT"),
                Expected.refused(401)));

        cases.add(apiCase(DELETE, "unknown group", "DELETE", unknown, null, Expected.refused(404)));
        cases.add(apiCase(DELETE, "a default group", "DELETE", () -> "/api/v1/lead-groups/" + defaultGroup(), null, Expected.refused(409)));
        cases.add(new Case(DELETE, "no API key", () -> Request.post("/api/v1/lead-groups/" + newGroup(), null, (byte[]) null)
                .method("DELETE"), Expected.refused(401)));

        for (String id : BROKEN_IDS) {
            Supplier<String> broken = () -> "/api/v1/lead-groups/" + pathSegment(id);
            cases.add(apiCase(READ, "id " + id, "GET", broken, null, Expected.refused(400)));
            cases.add(apiCase(UPDATE, "id " + id, "PUT", broken, valid(), Expected.refused(400)));
            cases.add(apiCase(DELETE, "id " + id, "DELETE", broken, null, Expected.refused(400)));
        }
        return cases;
    }
}
