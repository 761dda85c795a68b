package com.leadwire.security;

import static com.leadwire.security.BadInputs.SQL_AND_MARKUP;
import static com.leadwire.security.BadInputs.label;
import static com.leadwire.security.BadInputs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.security.BadInputSweep.Case;
import com.leadwire.security.BadInputSweep.Expected;
import com.leadwire.security.BadInputSweep.Request;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.Multipart;
import com.leadwire.testsupport.Unique;

/**
 * CSV imports ({@code multipart/form-data}: file, mapping, source, createDeals). The whole file is
 * checked before anything is stored; a bad row of a good file is the job's rejected row, not a 4xx.
 */
final class ImportBadInputs {

    private static final String UPLOAD = "POST /api/v1/imports";
    private static final String PATH = "/api/v1/imports";
    private static final String MAPPING = "{\"email\": \"email\", \"name\": \"name\", \"note\": \"fields.note\"}";
    /** spring.servlet.multipart.max-request-size in application.yml. */
    private static final int UPLOAD_LIMIT = 50 * 1024 * 1024;

    private final SweepFixtures app;

    ImportBadInputs(SweepFixtures app) {
        this.app = app;
    }

    private static String csv(String email, String name, String note) {
        return "email,name,note\n" + quoted(email) + "," + quoted(name) + "," + quoted(note) + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** An upload of a good file for a new e-mail, as {@code change} leaves it. */
    private static Request upload(UnaryOperator<Multipart> change) {
        Multipart form = change.apply(new Multipart());
        return Request.post(PATH, form.contentType(), form.bytes()).header("X-Api-Key", ApiClient.TEST_API_KEY);
    }

    private static Multipart goodFile(Multipart form) {
        return form.file("file", "contatos.csv", "text/csv", utf8(csv(Unique.email("import"), "Nunca", "")));
    }

    private static Case refused(String what, UnaryOperator<Multipart> change, int status) {
        return new Case(UPLOAD, what, () -> upload(change), Expected.refused(status));
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String good = csv(Unique.email("import"), "Nunca", "");
        cases.add(new Case(UPLOAD, "a CSV body, not multipart", () -> Request.post(PATH, "text/csv", good)
                .header("X-Api-Key", ApiClient.TEST_API_KEY), Expected.refused(415)));
        cases.add(new Case(UPLOAD, "JSON, not multipart", () -> Request.post(PATH, BadInputs.JSON, "{\"file\": \"x\"}")
                .header("X-Api-Key", ApiClient.TEST_API_KEY), Expected.refused(415)));
        cases.add(new Case(UPLOAD, "urlencoded, not multipart", () -> Request.post(PATH, BadInputs.URLENCODED,
                "mapping=" + BadInputs.form(MAPPING)).header("X-Api-Key", ApiClient.TEST_API_KEY), Expected.refused(415)));
        cases.add(new Case(UPLOAD, "no Content-Type", () -> Request.post(PATH, null, good).header("X-Api-Key", ApiClient.TEST_API_KEY),
                Expected.refused(415)));
        cases.add(new Case(UPLOAD, "multipart whose boundary is not in the body", () -> {
            Multipart form = goodFile(new Multipart()).field("mapping", MAPPING);
            return Request.post(PATH, "multipart/form-data; boundary=not-the-boundary", form.bytes())
                    .header("X-Api-Key", ApiClient.TEST_API_KEY);
        }, Expected.refused(422)));
        cases.add(new Case(UPLOAD, "multipart cut short", () -> {
            Multipart form = goodFile(new Multipart()).field("mapping", MAPPING);
            byte[] whole = form.bytes();
            return Request.post(PATH, form.contentType(), Arrays.copyOf(whole, whole.length / 2))
                    .header("X-Api-Key", ApiClient.TEST_API_KEY);
        }, Expected.refused(400)));
        cases.add(new Case(UPLOAD, "upload over the limit", () -> {
            Multipart form = new Multipart().field("mapping", MAPPING).file("file", "big.csv", "text/csv", new byte[UPLOAD_LIMIT + 1]);
            return Request.post(PATH, form.contentType(), form.bytes()).header("X-Api-Key", ApiClient.TEST_API_KEY)
                    .sentAfter100Continue();
        }, Expected.refused(413)));
        cases.add(new Case(UPLOAD, "no API key", () -> upload(form -> goodFile(form).field("mapping", MAPPING))
                .header("X-Api-Key", null), Expected.refused(401)));
        cases.add(refused("no file part", form -> form.field("mapping", MAPPING), 422));
        cases.add(refused("no mapping", ImportBadInputs::goodFile, 422));
        cases.add(refused("mapping not JSON", form -> goodFile(form).field("mapping", "{email: "), 400));
        cases.add(refused("mapping not an object", form -> goodFile(form).field("mapping", "[\"email\"]"), 422));
        cases.add(refused("mapping to an unknown target", form -> goodFile(form).field("mapping", "{\"email\": \"email\", "
                + "\"name\": \"nickname\"}"), 422));
        cases.add(refused("mapping a column the file lacks", form -> goodFile(form).field("mapping", "{\"email\": \"email\", "
                + "\"Telefone\": \"phone\"}"), 422));
        cases.add(refused("mapping without e-mail", form -> goodFile(form).field("mapping", "{\"name\": \"name\"}"), 422));
        cases.add(refused("empty file", form -> form.file("file", "c.csv", "text/csv", new byte[0]).field("mapping", MAPPING), 422));
        cases.add(refused("a header and no rows", form -> form.file("file", "c.csv", "text/csv", utf8("email,name,note\n"))
                .field("mapping", MAPPING), 422));
        cases.add(refused("an unclosed quote", form -> form.file("file", "c.csv", "text/csv",
                utf8("email,name,note\n" + Unique.email("q") + ",\"Nunca,x\n")).field("mapping", MAPPING), 422));
        cases.add(refused("a field over the longest row", form -> form.file("file", "c.csv", "text/csv",
                utf8(csv(Unique.email("long"), "x".repeat(100_001), ""))).field("mapping", MAPPING), 422));
        cases.add(refused("a file that is not UTF-8", form -> form.file("file", "c.csv", "text/csv",
                csv(Unique.email("latin"), "Jo\u00e3o", "").getBytes(StandardCharsets.ISO_8859_1)).field("mapping", MAPPING), 422));
        cases.add(refused("a workbook", form -> form.file("file", "c.xlsx", "text/csv", new byte[] {'P', 'K', 3, 4, 20, 0})
                .field("mapping", MAPPING), 415));
        cases.add(refused("an image", form -> form.file("file", "c.png", "image/png", utf8(good)).field("mapping", MAPPING), 415));
        cases.add(refused("createDeals neither true nor false", form -> goodFile(form).field("mapping", MAPPING)
                .field("createDeals", "' OR '1'='1"), 422));
        cases.add(refused("a form's source key", form -> goodFile(form).field("mapping", MAPPING).field("source", "leads"), 422));
        cases.add(refused("pipelineId not a number", form -> goodFile(form).field("mapping", MAPPING)
                .field("pipelineId", "1 OR 1=1"), 422));
        cases.add(refused("unknown stageId", form -> goodFile(form).field("mapping", MAPPING).field("stageId", "987654321"), 404));
        cases.add(refused("a pipeline without deals", form -> goodFile(form).field("mapping", "{\"email\": \"email\"}")
                .field("createDeals", "false").field("pipelineId", "1"), 422));
        List<String> keys = new ArrayList<>(List.of(Unique.key("nope")));
        keys.addAll(SQL_AND_MARKUP);
        keys.forEach(key -> cases.add(refused("unknown source " + label(key), form -> goodFile(form).field("mapping", MAPPING)
                .field("source", key), 404)));
        for (String email : BadInputs.INVALID_EMAILS) {
            cases.add(importedRow("a row with invalid e-mail " + label(email), email, "Nunca", "", (job, ignored) -> {
                assertThat(job.get("rejected").asInt()).isOne();
                assertThat(job.get("created").asInt()).isZero();
            }));
        }
        cases.add(importedRow("a row with an over-long name", Unique.email("long"), "N".repeat(301), "", (job, email) -> {
            assertThat(job.get("rejected").asInt()).isOne();
            assertThat(app.count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
        }));
        for (String payload : SQL_AND_MARKUP) {
            cases.add(importedRow("name and a field = " + label(payload), Unique.email("import"), payload, payload, (job, email) -> {
                assertThat(job.get("created").asInt()).as(job.toString()).isOne();
                assertThat(app.text("SELECT c.name FROM contact c JOIN contact_email e ON e.contact_id = c.id WHERE e.email = ?", email))
                        .isEqualTo(payload);
                assertThat(SweepFixtures.json(app.text("SELECT d.custom_fields FROM deal d JOIN contact_email e "
                        + "ON e.contact_id = d.contact_id WHERE e.email = ?", email)).get("note").asText()).isEqualTo(payload);
            }));
        }
        return cases;
    }

    @FunctionalInterface
    private interface JobCheck {
        void verify(JsonNode finishedJob, String email) throws Exception;
    }

    /** An upload of a one-row file that is accepted (202); the row's fate is checked once the job has finished. */
    private Case importedRow(String what, String email, String name, String note, JobCheck check) {
        return new Case(UPLOAD, what, () -> upload(form -> form.file("file", "c.csv", "text/csv", utf8(csv(email, name, note)))
                .field("mapping", MAPPING)), Expected.accepted(202, response -> {
                    JsonNode job = new ImportUploads(app.api()).awaitFinished(ImportUploads.json(response).get("id").asLong());
                    assertThat(job.get("state").asText()).isEqualTo("DONE");
                    check.verify(job, email.strip().toLowerCase());
                }));
    }
}
