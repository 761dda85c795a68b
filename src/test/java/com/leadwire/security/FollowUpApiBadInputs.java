package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiRequest;
import static com.leadwire.security.BadInputs.pathSegment;

import java.util.ArrayList;
import java.util.List;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/** The follow-ups of a deal or a contact: reads only; ids are numbers of a deal or contact that exists. */
final class FollowUpApiBadInputs {

    private static final String OF_DEAL = "GET /api/v1/deals/{id}/follow-ups";
    private static final String OF_CONTACT = "GET /api/v1/contacts/{id}/follow-ups";

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(read(OF_DEAL, "unknown deal", "/api/v1/deals/" + UNKNOWN_ID + "/follow-ups", 404));
        cases.add(read(OF_CONTACT, "unknown contact", "/api/v1/contacts/" + UNKNOWN_ID + "/follow-ups", 404));
        for (String id : BROKEN_IDS) {
            cases.add(read(OF_DEAL, "id " + id, "/api/v1/deals/" + pathSegment(id) + "/follow-ups", 400));
            cases.add(read(OF_CONTACT, "id " + id, "/api/v1/contacts/" + pathSegment(id) + "/follow-ups", 400));
        }
        cases.add(new Case(OF_DEAL, "no API key", () -> Request.post("/api/v1/deals/1/follow-ups", null, (byte[]) null).method("GET"),
                Expected.refused(401)));
        cases.add(new Case(OF_CONTACT, "no API key", () -> Request.post("/api/v1/contacts/1/follow-ups", null, (byte[]) null)
                .method("GET"), Expected.refused(401)));
        return cases;
    }

    private static Case read(String operation, String what, String path, int status) {
        return new Case(operation, what, () -> apiRequest("GET", path, null, null), Expected.refused(status));
    }
}
