package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.brokenJsonBodies;
import static com.leadwire.security.BadInputs.pathSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/** API keys and the audit log: what an admin integration may send wrong. No case here creates a key. */
final class ApiKeyBadInputs {

    List<Case> cases() {
        String create = "POST /api/v1/api-keys";
        String revoke = "POST /api/v1/api-keys/{id}/revoke";
        String read = "GET /api/v1/api-keys/{id}";
        String audit = "GET /api/v1/audit";
        Supplier<String> keys = () -> "/api/v1/api-keys";
        List<Case> cases = new ArrayList<>(brokenJsonBodies(create, (type, body) -> apiRequest("POST", "/api/v1/api-keys", type, null)
                .withBody(body), () -> "{\"name\": \"Sweep\", \"scope\": \"read\", \"ownerId\": " + UNKNOWN_ID + "}", 400, true));
        cases.add(apiCase(create, "unknown property", "POST", keys, "{\"name\": \"Sweep\", \"scope\": \"read\", \"colour\": \"red\"}",
                Expected.refused(422)));
        cases.add(apiCase(create, "no name", "POST", keys, "{\"scope\": \"read\"}", Expected.refused(422)));
        cases.add(apiCase(create, "no scope", "POST", keys, "{\"name\": \"Sweep\"}", Expected.refused(422)));
        cases.add(apiCase(create, "unknown scope", "POST", keys, "{\"name\": \"Sweep\", \"scope\": \"root\"}", Expected.refused(422)));
        cases.add(apiCase(create, "over-long name", "POST", keys, "{\"name\": \"" + "x".repeat(201) + "\", \"scope\": \"read\"}",
                Expected.refused(422)));
        cases.add(apiCase(create, "unknown owner", "POST", keys, "{\"name\": \"Sweep\", \"scope\": \"read\", \"ownerId\": " + UNKNOWN_ID
                + "}", Expected.refused(422)));
        cases.add(new Case(create, "no API key", () -> Request.post("/api/v1/api-keys", BadInputs.JSON,
                BadInputs.utf8("{\"name\": \"Sweep\", \"scope\": \"admin\"}")), Expected.refused(401)));
        cases.add(apiCase(revoke, "unknown key", "POST", () -> "/api/v1/api-keys/" + UNKNOWN_ID + "/revoke", null, Expected.refused(404)));
        cases.add(apiCase(read, "unknown key", "GET", () -> "/api/v1/api-keys/" + UNKNOWN_ID, null, Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(revoke, "id " + id, "POST", () -> "/api/v1/api-keys/" + pathSegment(id) + "/revoke", null,
                    Expected.refused(400)));
            cases.add(apiCase(read, "id " + id, "GET", () -> "/api/v1/api-keys/" + pathSegment(id), null, Expected.refused(400)));
        }
        cases.add(apiCase(audit, "from not an instant", "GET", () -> "/api/v1/audit?from=yesterday", null, Expected.refused(400)));
        cases.add(apiCase(audit, "to before from", "GET", () -> "/api/v1/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", null,
                Expected.refused(422)));
        cases.add(apiCase(audit, "negative page", "GET", () -> "/api/v1/audit?page=-1", null, Expected.refused(422)));
        cases.add(apiCase(audit, "size over the limit", "GET", () -> "/api/v1/audit?size=501", null, Expected.refused(422)));
        cases.add(new Case(audit, "no API key", () -> Request.post("/api/v1/audit", null, (byte[]) null).method("GET"), Expected.refused(401)));
        return cases;
    }
}
