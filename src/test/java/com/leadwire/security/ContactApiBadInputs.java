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
import static com.leadwire.security.SweepFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Unique;

/** A contact's e-mails, duplicates, merges and their undo: ids are numbers, e-mails are checked, sides are into or from. */
final class ContactApiBadInputs {

    private static final String ADD_EMAIL = "POST /api/v1/contacts/{id}/emails";
    private static final String DUPLICATES = "GET /api/v1/contacts/{id}/duplicates";
    private static final String PREVIEW = "GET /api/v1/contacts/merge-preview";
    private static final String MERGE = "POST /api/v1/contacts/merge";
    private static final String MERGE_BY_ID = "GET /api/v1/contacts/merges/{mergeId}";
    private static final String UNDO = "POST /api/v1/contacts/merges/{mergeId}/undo";

    private final SweepFixtures app;

    ContactApiBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private long newContact() {
        return newContact(Unique.email("sweep-contact"));
    }

    private long newContact(String email) {
        var created = app.api().postJson("/api/v1/deals", ApiClient.dealJson(null, email, "Sweep Contact", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("contactId").asLong();
    }

    private static String mergeJson(Object into, Object from, String keep) {
        return "{\"into\": " + into + ", \"from\": " + from + (keep == null ? "" : ", \"keep\": " + keep) + "}";
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Supplier<String> emailsOfNew = () -> "/api/v1/contacts/" + newContact() + "/emails";
        cases.addAll(brokenJsonBodies(ADD_EMAIL, (type, body) -> apiRequest("POST", emailsOfNew.get(), type, null).withBody(body),
                () -> json(object().put("email", Unique.email("sweep-second"))), 400, true));
        BadInputs.INVALID_EMAILS.forEach(email -> cases.add(apiCase(ADD_EMAIL, "invalid e-mail " + label(email), "POST", emailsOfNew,
                json(object().put("email", email)), Expected.refused(422))));
        cases.add(apiCase(ADD_EMAIL, "no e-mail", "POST", emailsOfNew, "{}", Expected.refused(422)));
        cases.add(apiCase(ADD_EMAIL, "unknown property", "POST", emailsOfNew,
                json(object().put("email", Unique.email("sweep")).put("primary", true)), Expected.refused(422)));
        cases.add(new Case(ADD_EMAIL, "another contact's e-mail", () -> {
            String taken = Unique.email("sweep-taken");
            newContact(taken);
            return apiRequest("POST", emailsOfNew.get(), BadInputs.JSON, json(object().put("email", taken)));
        }, Expected.refused(409)));
        cases.add(apiCase(ADD_EMAIL, "unknown contact", "POST", () -> "/api/v1/contacts/" + UNKNOWN_ID + "/emails",
                json(object().put("email", Unique.email("sweep"))), Expected.refused(404)));

        cases.add(read(DUPLICATES, "unknown contact", "/api/v1/contacts/" + UNKNOWN_ID + "/duplicates", 404));
        cases.add(read(PREVIEW, "no from", "/api/v1/contacts/merge-preview?into=1", 400));
        cases.add(read(PREVIEW, "unknown contacts", "/api/v1/contacts/merge-preview?into=" + UNKNOWN_ID + "&from=" + UNKNOWN_ID, 404));
        cases.add(read(MERGE_BY_ID, "unknown merge", "/api/v1/contacts/merges/" + UNKNOWN_ID, 404));
        for (String id : BROKEN_IDS) {
            cases.add(read(DUPLICATES, "id " + id, "/api/v1/contacts/" + pathSegment(id) + "/duplicates", 400));
            cases.add(read(PREVIEW, "into " + id, "/api/v1/contacts/merge-preview?into=" + BadInputs.form(id) + "&from=1", 400));
            cases.add(read(MERGE_BY_ID, "id " + id, "/api/v1/contacts/merges/" + pathSegment(id), 400));
            cases.add(apiCase(UNDO, "id " + id, "POST", () -> "/api/v1/contacts/merges/" + pathSegment(id) + "/undo", null,
                    Expected.refused(400)));
        }
        cases.add(apiCase(UNDO, "unknown merge", "POST", () -> "/api/v1/contacts/merges/" + UNKNOWN_ID + "/undo", null,
                Expected.refused(404)));
        cases.add(new Case(UNDO, "no API key", () -> Request.post("/api/v1/contacts/merges/1/undo", null, (byte[]) null), Expected.refused(401)));

        Supplier<String> merge = () -> "/api/v1/contacts/merge";
        cases.addAll(brokenJsonBodies(MERGE, (type, body) -> apiRequest("POST", merge.get(), type, null).withBody(body),
                () -> mergeJson(newContact(), newContact(), null), 400, true));
        cases.add(apiCase(MERGE, "no into", "POST", merge, "{\"from\": 1}", Expected.refused(422)));
        cases.add(apiCase(MERGE, "into itself", "POST", merge, mergeJson(1, 1, null), Expected.refused(422)));
        cases.add(apiCase(MERGE, "unknown contacts", "POST", merge, mergeJson(UNKNOWN_ID, "999999998", null), Expected.refused(404)));
        cases.add(apiCase(MERGE, "id not a number", "POST", merge, "{\"into\": \"1 OR 1=1\", \"from\": 2}", Expected.refused(400)));
        cases.add(new Case(MERGE, "unknown field in keep", () -> apiRequest("POST", merge.get(), BadInputs.JSON,
                mergeJson(newContact(), newContact(), "{\"shoe\": \"from\"}")), Expected.refused(422)));
        for (String side : List.of("both", "FROM ", "<script>", "'; DROP TABLE contact;--")) {
            cases.add(new Case(MERGE, "keep side " + label(side), () -> apiRequest("POST", merge.get(), BadInputs.JSON,
                    mergeJson(newContact(), newContact(), json(object().put("name", side)))), Expected.refused(422)));
        }
        cases.add(new Case(MERGE, "no API key", () -> Request.post(merge.get(), BadInputs.JSON, "{\"into\": 1, \"from\": 2}"), Expected.refused(401)));
        return cases;
    }

    private static Case read(String operation, String what, String path, int status) {
        return new Case(operation, what, () -> apiRequest("GET", path, null, null), Expected.refused(status));
    }
}
