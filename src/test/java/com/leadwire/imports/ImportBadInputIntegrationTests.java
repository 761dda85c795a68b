package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.Multipart;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** Uploads that cannot be imported: a 4xx problem, and no job, no contact, no spooled file kept. */
@OnH2
class ImportBadInputIntegrationTests extends IntegrationTestSupport {

    private static final String MAPPING = "{\"email\": \"email\", \"name\": \"name\"}";

    private final String email = Unique.email("never");

    @Autowired
    private ImportProperties properties;

    private ImportUploads imports() {
        return new ImportUploads(ApiClient.authenticated(baseUrl()));
    }

    private byte[] goodCsv() {
        return ("email,name\n" + email + ",Nunca\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the upload and checks the answer is the problem expected and that nothing at all was stored. */
    private HttpResponse<String> refused(int status, Supplier<HttpResponse<String>> upload) {
        long jobsBefore = count("SELECT COUNT(*) FROM import_job");
        long spooledBefore = spooledFiles();
        HttpResponse<String> response = upload.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ApiClient.isProblem(response)).as(response.headers().toString()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM import_job")).isEqualTo(jobsBefore);
        assertThat(count("SELECT COUNT(*) FROM contact_email WHERE email = ?", email)).isZero();
        assertThat(spooledFiles()).isEqualTo(spooledBefore);
        return response;
    }

    private long spooledFiles() {
        if (!Files.isDirectory(properties.spoolDir())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(properties.spoolDir())) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aMappingNamingAColumnTheFileLacksIs422BeforeAnythingRuns() {
        HttpResponse<String> response = refused(422, () -> imports().upload(goodCsv(),
                "{\"email\": \"email\", \"Telefone\": \"phone\"}", Map.of()));
        assertThat(ImportUploads.json(response).get("detail").asText()).contains("no column 'Telefone'").contains("'email', 'name'");
        assertThat(ImportUploads.json(response).get("field").asText()).isEqualTo("mapping");
    }

    @Test
    void aMappingThatIsNotJsonIs400AndAnUnknownTargetOrNoEmailIs422() {
        refused(400, () -> imports().upload(goodCsv(), "{email: ", Map.of()));
        refused(422, () -> imports().upload(goodCsv(), "{\"email\": \"email\", \"name\": \"nickname\"}", Map.of()));
        refused(422, () -> imports().upload(goodCsv(), "{\"name\": \"name\"}", Map.of()));
        refused(422, () -> imports().upload(goodCsv(), null, Map.of()));
    }

    @Test
    void anEmptyFileAHeaderWithoutRowsAndAnUnclosedQuoteAre422() {
        refused(422, () -> imports().upload(new byte[0], MAPPING, Map.of()));
        refused(422, () -> imports().upload("email,name\n\n".getBytes(StandardCharsets.UTF_8), MAPPING, Map.of()));
        HttpResponse<String> unclosed = refused(422, () -> imports().upload(
                ("email,name\n" + email + ",\"Nunca\n").getBytes(StandardCharsets.UTF_8), MAPPING, Map.of()));
        assertThat(ImportUploads.json(unclosed).get("detail").asText()).contains("row 2").contains("not closed");
    }

    @Test
    void aFileThatIsNotUtf8Is422() {
        byte[] latin1 = ("email,name\n" + email + ",Jo\u00e3o\n").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = refused(422, () -> imports().upload(latin1, MAPPING, Map.of()));
        assertThat(ImportUploads.json(response).get("detail").asText()).contains("not UTF-8");
    }

    @Test
    void aBodyThatIsNotMultipartAWorkbookOrAnImageIs415() {
        Http api = ApiClient.authenticated(baseUrl());
        refused(415, () -> api.post("/api/v1/imports", "text/csv", new String(goodCsv(), StandardCharsets.UTF_8)));
        refused(415, () -> imports().upload(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, MAPPING, Map.of()));
        Multipart image = new Multipart().file("file", "photo.png", "image/png", goodCsv()).field("mapping", MAPPING);
        refused(415, () -> api.send(api.builder("/api/v1/imports").header("Content-Type", image.contentType())
                .POST(image.publisher())));
    }

    @Test
    void anUnknownSourceIs404AndASourceOfAnotherKindIs422() {
        refused(404, () -> imports().upload(goodCsv(), MAPPING, Map.of("source", Unique.key("nope"))));
        HttpResponse<String> form = refused(422, () -> imports().upload(goodCsv(), MAPPING, Map.of("source", "leads")));
        assertThat(ImportUploads.json(form).get("detail").asText()).contains("IMPORT source");
    }

    @Test
    void withoutAnApiKeyTheUploadIs401() {
        Multipart form = new Multipart().file("file", "contatos.csv", "text/csv", goodCsv()).field("mapping", MAPPING);
        Http anonymous = new Http(baseUrl());
        refused(401, () -> anonymous.send(anonymous.builder("/api/v1/imports").header("Content-Type", form.contentType())
                .POST(form.publisher())));
        assertThat(anonymous.get("/api/v1/imports/1").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownImportIs404() {
        HttpResponse<String> response = ApiClient.authenticated(baseUrl()).get("/api/v1/imports/999999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(response)).isTrue();
    }
}
