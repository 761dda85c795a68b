package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.form;
import static com.leadwire.security.BadInputs.pathSegment;

import java.util.ArrayList;
import java.util.List;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/** A lead group's A/B results: a group id and a period of days (read only); the days are read before the group is looked up. */
final class LeadGroupResultsApiBadInputs {

    private static final String RESULTS = "GET /api/v1/lead-groups/{id}/results";

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(read("unknown group", UNKNOWN_ID, "", 404));
        for (String id : BROKEN_IDS) {
            cases.add(read("group id " + id, pathSegment(id), "", 400));
        }
        for (String day : List.of("yesterday", "01/12/2026", "2026-02-30", "2026-12-01T00:00:00Z", "2026-12-01'; DROP TABLE lead_member; --",
                "<script>")) {
            cases.add(read("from = " + day, UNKNOWN_ID, "from=" + form(day), 422));
            cases.add(read("to = " + day, UNKNOWN_ID, "to=" + form(day), 422));
        }
        cases.add(read("a period that ends before it begins", UNKNOWN_ID, "from=2026-12-02&to=2026-12-01", 422));
        cases.add(read("the last day there is", UNKNOWN_ID, "to=%2B999999999-12-31", 422));
        cases.add(new Case(RESULTS, "no API key", () -> Request.get("/api/v1/lead-groups/1/results"), Expected.refused(401)));
        return cases;
    }

    private static Case read(String what, String id, String query, int status) {
        return apiCase(RESULTS, what, "GET", () -> "/api/v1/lead-groups/" + id + "/results" + (query.isEmpty() ? "" : "?" + query), null,
                Expected.refused(status));
    }
}
