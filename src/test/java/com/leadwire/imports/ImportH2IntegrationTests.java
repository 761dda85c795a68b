package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.OnH2;

@OnH2
class ImportH2IntegrationTests extends ImportContract {

    @Test
    void theImportApiIsDescribedInOpenApiAsAMultipartUpload() {
        JsonNode docs = ImportUploads.json(new Http(baseUrl()).get("/v3/api-docs"));
        JsonNode upload = docs.get("paths").get("/api/v1/imports").get("post");

        JsonNode form = upload.get("requestBody").get("content").get("multipart/form-data").get("schema");
        String ref = form.get("$ref").asText();
        JsonNode schema = docs.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(schema.get("properties").fieldNames()).toIterable().contains("file", "mapping", "source", "createDeals");
        assertThat(schema.get("properties").get("file").get("format").asText()).isEqualTo("binary");
        assertThat(upload.get("responses").fieldNames()).toIterable().contains("202", "401", "415", "422");
        assertThat(docs.get("paths").get("/api/v1/imports/{id}").has("get")).isTrue();
        assertThat(docs.get("paths").get("/api/v1/imports/{id}/rejections").has("get")).isTrue();
    }
}
