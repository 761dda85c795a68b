package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.pathSegment;

import java.util.ArrayList;
import java.util.List;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/**
 * A contact's privacy: unsubscribe, export and erasure. Only refusals: unknown and broken ids, no API key. No case here
 * unsubscribes, exports or erases a real contact.
 */
final class PrivacyApiBadInputs {

    private static final String ERASE = "DELETE /api/v1/contacts/{id}";
    private static final String EXPORT = "GET /api/v1/contacts/{id}/export";
    private static final String UNSUBSCRIBE = "POST /api/v1/contacts/{id}/unsubscribe";

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String contacts = "/api/v1/contacts/";
        cases.add(apiCase(ERASE, "unknown contact", "DELETE", () -> contacts + UNKNOWN_ID, null, Expected.refused(404)));
        cases.add(apiCase(EXPORT, "unknown contact", "GET", () -> contacts + UNKNOWN_ID + "/export", null, Expected.refused(404)));
        cases.add(apiCase(UNSUBSCRIBE, "unknown contact", "POST", () -> contacts + UNKNOWN_ID + "/unsubscribe", null,
                Expected.refused(404)));
        for (String id : BROKEN_IDS) {
            cases.add(apiCase(ERASE, "id " + id, "DELETE", () -> contacts + pathSegment(id), null, Expected.refused(400)));
            cases.add(apiCase(EXPORT, "id " + id, "GET", () -> contacts + pathSegment(id) + "/export", null, Expected.refused(400)));
            cases.add(apiCase(UNSUBSCRIBE, "id " + id, "POST", () -> contacts + pathSegment(id) + "/unsubscribe", null,
                    Expected.refused(400)));
        }
        cases.add(new Case(ERASE, "no API key", () -> Request.post(contacts + "1", null, (byte[]) null).method("DELETE"),
                Expected.refused(401)));
        cases.add(new Case(EXPORT, "no API key", () -> Request.get(contacts + "1/export"), Expected.refused(401)));
        cases.add(new Case(UNSUBSCRIBE, "no API key", () -> Request.post(contacts + "1/unsubscribe", null, (byte[]) null),
                Expected.refused(401)));
        return cases;
    }
}
