package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.UNKNOWN_ID;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.form;

import java.util.ArrayList;
import java.util.List;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/** The dashboard's figures: a pipeline and a period of days. */
final class DashboardApiBadInputs {

    private static final String FIGURES = "GET /api/v1/dashboard";

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(read("unknown pipeline", "pipelineId=" + UNKNOWN_ID, 404));
        for (String id : BROKEN_IDS) {
            cases.add(read("pipeline id " + id, "pipelineId=" + form(id), 400));
        }
        for (String day : List.of("yesterday", "01/12/2026", "2026-02-30", "2026-12-01'; DROP TABLE deal; --", "<script>")) {
            cases.add(read("from = " + day, "from=" + form(day), 422));
            cases.add(read("to = " + day, "to=" + form(day), 422));
        }
        cases.add(read("a period that ends before it begins", "from=2026-12-02&to=2026-12-01", 422));
        cases.add(read("the last day there is", "to=%2B999999999-12-31", 422));
        cases.add(read("the first day there is", "from=-999999999-01-01", 422));
        cases.add(new Case(FIGURES, "no API key", () -> Request.get("/api/v1/dashboard"), Expected.refused(401)));
        return cases;
    }

    private static Case read(String what, String query, int status) {
        return apiCase(FIGURES, what, "GET", () -> "/api/v1/dashboard?" + query, null, Expected.refused(status));
    }
}
