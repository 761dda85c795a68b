package com.leadwire.security;

import static com.leadwire.security.BadInputs.BROKEN_IDS;
import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.apiCase;
import static com.leadwire.security.BadInputs.form;

import java.util.ArrayList;
import java.util.List;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;

/** The lead list and its CSV: the same filters on both, text filters only text. */
final class LeadApiBadInputs {

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/api/v1/leads", "/api/v1/leads.csv")) {
            String operation = "GET " + path;
            for (String day : List.of("yesterday", "01/12/2026", "2026-02-30", "2026-12-01'; DROP TABLE lead_member; --", "<script>",
                    "+999999999-12-31")) {
                cases.add(read(operation, path, "from = " + day, "from=" + form(day), 422));
                cases.add(read(operation, path, "to = " + day, "to=" + form(day), 422));
            }
            cases.add(read(operation, path, "a period that ends before it begins", "from=2026-12-02&to=2026-12-01", 422));
            for (String id : BROKEN_IDS) {
                cases.add(read(operation, path, "group id " + id, "group=" + form(id), 400));
            }
            for (String choice : List.of("followUpStatus", "emailStatus", "sort")) {
                for (String value : List.of("DONE", "' OR '1'='1", "<script>", "name,sideways")) {
                    cases.add(read(operation, path, choice + " = " + value, choice + "=" + form(value), 422));
                }
            }
            cases.add(read(operation, path, "processedOrder = maybe", "processedOrder=maybe", 400));
            cases.add(read(operation, path, "country = Brazil", "country=Brazil", 422));
            cases.add(read(operation, path, "country = ' OR", "country=" + form("' OR"), 422));
            for (String text : SQL_AND_MARKUP) {
                for (String filter : List.of("name", "email", "product")) {
                    cases.add(apiCase(operation, filter + " = " + text + " is only text", "GET",
                            () -> path + "?" + filter + "=" + form(text), null, Expected.nothingChanged(200)));
                }
            }
            cases.add(new Case(operation, "no API key", () -> Request.get(path), Expected.refused(401)));
        }
        for (String paging : List.of("size=0", "size=501", "page=-1", "page=abc", "page=4294968&size=500")) {
            cases.add(read("GET /api/v1/leads", "/api/v1/leads", paging, paging, paging.contains("abc") ? 400 : 422));
        }
        return cases;
    }

    private static Case read(String operation, String path, String what, String query, int status) {
        return apiCase(operation, what, "GET", () -> path + "?" + query, null, Expected.refused(status));
    }
}
