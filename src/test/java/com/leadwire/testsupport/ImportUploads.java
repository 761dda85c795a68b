package com.leadwire.testsupport;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Uploads CSV files to the running app the way an admin's script would, and follows the job. */
public final class ImportUploads {

    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http api;

    public ImportUploads(Http api) {
        this.api = api;
    }

    public static byte[] utf8WithBom(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + content.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(content, 0, file, BOM.length, content.length);
        return file;
    }

    public HttpResponse<String> upload(byte[] csv, String mappingJson, Map<String, String> fields) {
        Multipart form = new Multipart().file("file", "contatos.csv", "text/csv", csv);
        if (mappingJson != null) {
            form.field("mapping", mappingJson);
        }
        fields.forEach(form::field);
        return api.send(api.builder("/api/v1/imports").header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    public JsonNode job(long id) {
        return json(api.get("/api/v1/imports/" + id));
    }

    public JsonNode awaitFinished(long id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> !job(id).get("state").asText().matches("QUEUED|RUNNING"));
        return job(id);
    }

    public JsonNode rejections(long id, int page, int size) {
        return json(api.get("/api/v1/imports/" + id + "/rejections?page=" + page + "&size=" + size));
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
