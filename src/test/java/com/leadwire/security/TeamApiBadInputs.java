package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.json;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.object;
import static com.leadwire.security.BadInputs.pathSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.Unique;

/**
 * The team as an admin integration manages it: adding people, passwords, roles, deactivating and
 * reactivating. Every case is a refusal: none adds a member, sets a password, changes a role or
 * deactivates anyone (the weak-password cases go to the admin, and are refused before anything is stored).
 */
final class TeamApiBadInputs {

    private static final String READ = "GET /api/v1/team/{id}";
    private static final String CREATE = "POST /api/v1/team";
    private static final String DEACTIVATE = "POST /api/v1/team/{id}/deactivate";
    private static final String INVITE = "POST /api/v1/team/{id}/invite";
    private static final String REACTIVATE = "POST /api/v1/team/{id}/reactivate";
    private static final String PASSWORD = "PUT /api/v1/team/{id}/password";
    private static final String ROLE = "PUT /api/v1/team/{id}/role";

    private final SweepFixtures app;

    TeamApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private long admin() {
        return app.count("SELECT id FROM app_user WHERE username = 'admin'");
    }

    private static ObjectNode member() {
        return object().put("username", Unique.email("sweep-member").replace("@", ".")).put("name", "Sweep Member").put("role", "REP");
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(create());
        cases.addAll(password());
        cases.addAll(role());
        cases.addAll(deactivate());
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(READ, "id " + id, "GET", () -> "/api/v1/team/" + pathSegment(id), null, Expected.refused(400)));
            cases.add(apiCase(INVITE, "id " + id, "POST", () -> "/api/v1/team/" + pathSegment(id) + "/invite", null,
                    Expected.refused(400)));
            cases.add(apiCase(REACTIVATE, "id " + id, "POST", () -> "/api/v1/team/" + pathSegment(id) + "/reactivate", null,
                    Expected.refused(400)));
            cases.add(apiCase(DEACTIVATE, "id " + id, "POST", () -> "/api/v1/team/" + pathSegment(id) + "/deactivate", null,
                    Expected.refused(400)));
            cases.add(apiCase(PASSWORD, "id " + id, "PUT", () -> "/api/v1/team/" + pathSegment(id) + "/password",
                    json(object().put("password", "correct horse battery")), Expected.refused(400)));
            cases.add(apiCase(ROLE, "id " + id, "PUT", () -> "/api/v1/team/" + pathSegment(id) + "/role",
                    json(object().put("role", "REP")), Expected.refused(400)));
        }
        cases.add(apiCase(READ, "unknown member", "GET", () -> "/api/v1/team/" + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(INVITE, "unknown member", "POST", () -> "/api/v1/team/" + UNKNOWN_ID + "/invite", null,
                Expected.refused(404)));
        cases.add(apiCase(REACTIVATE, "unknown member", "POST", () -> "/api/v1/team/" + UNKNOWN_ID + "/reactivate", null,
                Expected.refused(404)));
        cases.add(new Case(READ, "no API key", () -> Request.post("/api/v1/team/1", null, (byte[]) null).method("GET"),
                Expected.refused(401)));
        cases.add(new Case(INVITE, "no API key", () -> Request.post("/api/v1/team/1/invite", null, (byte[]) null), Expected.refused(401)));
        cases.add(new Case(REACTIVATE, "no API key", () -> Request.post("/api/v1/team/1/reactivate", null, (byte[]) null),
                Expected.refused(401)));
        return cases;
    }

    private List<Case> create() {
        Supplier<String> team = () -> "/api/v1/team";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(CREATE, (type, body) -> apiRequest("POST", team.get(), type, null)
                .withBody(body), () -> json(member().put("password", "correct horse battery")), 400, true));
        cases.add(apiCase(CREATE, "unknown property", "POST", team, json(member().put("colour", "red")), Expected.refused(422)));
        cases.add(apiCase(CREATE, "no username", "POST", team, json(member().without("username")), Expected.refused(422)));
        for (String username : List.of("", "   ", "a b", "-sweep", "x".repeat(101), "' OR '1'='1", "<script>alert(1)</script>")) {
            cases.add(apiCase(CREATE, "username " + label(username), "POST", team, json(member().put("username", username)),
                    Expected.refused(422)));
        }
        cases.add(apiCase(CREATE, "username taken, other case", "POST", team, json(member().put("username", "ADMIN")),
                Expected.refused(409)));
        cases.add(apiCase(CREATE, "no name", "POST", team, json(member().without("name")), Expected.refused(422)));
        cases.add(apiCase(CREATE, "blank name", "POST", team, json(member().put("name", "  ")), Expected.refused(422)));
        cases.add(apiCase(CREATE, "over-long name", "POST", team, json(member().put("name", "x".repeat(201))), Expected.refused(422)));
        // a rep's e-mail is checked as a contact's is (contacts' EmailAddress)
        for (String email : List.of("not-an-email", "a@@example.com", "a b@example.com", "@example.com", "a@", "ana@localhost",
                "ana..lima@example.com", "a@" + "b".repeat(320) + ".com")) {
            cases.add(apiCase(CREATE, "invalid e-mail " + label(email), "POST", team, json(member().put("email", email)),
                    Expected.refused(422)));
        }
        cases.add(apiCase(CREATE, "no role", "POST", team, json(member().without("role")), Expected.refused(422)));
        for (String role : List.of("ROOT", "admin ", "")) {
            cases.add(apiCase(CREATE, "role " + label(role), "POST", team, json(member().put("role", role)), Expected.refused(400)));
        }
        cases.add(apiCase(CREATE, "role a number", "POST", team, json(member().put("role", 1)), Expected.refused(400)));
        cases.add(apiCase(CREATE, "role a number in a string", "POST", team, json(member().put("role", "1")), Expected.refused(400)));
        cases.add(apiCase(CREATE, "weak password", "POST", team, json(member().put("password", "short")), Expected.refused(422)));
        cases.add(apiCase(CREATE, "empty password", "POST", team, json(member().put("password", "")), Expected.refused(422)));
        cases.add(apiCase(CREATE, "password over 72 bytes", "POST", team, json(member().put("password", "é".repeat(37))),
                Expected.refused(422)));
        cases.add(new Case(CREATE, "no API key", () -> Request.post("/api/v1/team", BadInputs.JSON,
                BadInputs.utf8(json(member().put("role", "ADMIN").put("password", "correct horse battery")))), Expected.refused(401)));
        return cases;
    }

    private List<Case> password() {
        Supplier<String> ofAdmin = () -> "/api/v1/team/" + admin() + "/password";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(PASSWORD, (type, body) -> apiRequest("PUT",
                "/api/v1/team/" + UNKNOWN_ID + "/password", type, null).withBody(body),
                () -> json(object().put("password", "correct horse battery")), 400, true));
        cases.add(apiCase(PASSWORD, "unknown property", "PUT", ofAdmin, json(object().put("password", "short").put("hint", "x")),
                Expected.refused(422)));
        cases.add(apiCase(PASSWORD, "no password", "PUT", ofAdmin, "{}", Expected.refused(422)));
        cases.add(apiCase(PASSWORD, "null password", "PUT", ofAdmin, "{\"password\": null}", Expected.refused(422)));
        for (String weak : List.of("", "short", "123456789", "         ", "é".repeat(37), "x".repeat(73))) {
            cases.add(apiCase(PASSWORD, "weak password " + label(weak), "PUT", ofAdmin, json(object().put("password", weak)),
                    Expected.refused(422)));
        }
        cases.add(apiCase(PASSWORD, "password not a string", "PUT", ofAdmin, "{\"password\": [\"a\"]}", Expected.refused(400)));
        cases.add(apiCase(PASSWORD, "unknown member", "PUT", () -> "/api/v1/team/" + UNKNOWN_ID + "/password",
                json(object().put("password", "correct horse battery")), Expected.refused(404)));
        cases.add(new Case(PASSWORD, "no API key", () -> Request.post("/api/v1/team/1/password", BadInputs.JSON,
                BadInputs.utf8(json(object().put("password", "correct horse battery")))).method("PUT"), Expected.refused(401)));
        return cases;
    }

    private List<Case> role() {
        Supplier<String> unknown = () -> "/api/v1/team/" + UNKNOWN_ID + "/role";
        Supplier<String> ofAdmin = () -> "/api/v1/team/" + admin() + "/role";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(ROLE, (type, body) -> apiRequest("PUT", unknown.get(), type, null)
                .withBody(body), () -> json(object().put("role", "REP")), 400, true));
        cases.add(apiCase(ROLE, "unknown property", "PUT", ofAdmin, json(object().put("role", "REP").put("team", "x")),
                Expected.refused(422)));
        cases.add(apiCase(ROLE, "no role", "PUT", ofAdmin, "{}", Expected.refused(422)));
        for (String role : List.of("ROOT", "rep ", "'; DROP TABLE app_user;--")) {
            cases.add(apiCase(ROLE, "role " + label(role), "PUT", ofAdmin, json(object().put("role", role)), Expected.refused(400)));
        }
        cases.add(apiCase(ROLE, "role a number", "PUT", ofAdmin, "{\"role\": 0}", Expected.refused(400)));
        cases.add(apiCase(ROLE, "unknown member", "PUT", unknown, json(object().put("role", "REP")), Expected.refused(404)));
        cases.add(new Case(ROLE, "no API key", () -> Request.post("/api/v1/team/1/role", BadInputs.JSON,
                BadInputs.utf8(json(object().put("role", "REP")))).method("PUT"), Expected.refused(401)));
        return cases;
    }

    private List<Case> deactivate() {
        Supplier<String> unknown = () -> "/api/v1/team/" + UNKNOWN_ID + "/deactivate";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(DEACTIVATE, (type, body) -> apiRequest("POST", unknown.get(), type, null)
                .withBody(body), () -> "{\"reassignTo\": null}", 400, false));
        cases.add(apiCase(DEACTIVATE, "unknown property", "POST", unknown, "{\"reassignTo\": null, \"force\": true}",
                Expected.refused(422)));
        cases.add(apiCase(DEACTIVATE, "reassignTo not a number", "POST", unknown, "{\"reassignTo\": \"1 OR 1=1\"}",
                Expected.refused(400)));
        cases.add(apiCase(DEACTIVATE, "unknown member", "POST", unknown, "{\"reassignTo\": null}", Expected.refused(404)));
        cases.add(apiCase(DEACTIVATE, "unknown member, no body", "POST", unknown, null, Expected.refused(404)));
        cases.add(new Case(DEACTIVATE, "no API key", () -> Request.post("/api/v1/team/1/deactivate", BadInputs.JSON,
                BadInputs.utf8("{\"reassignTo\": null}")), Expected.refused(401)));
        return cases;
    }
}
