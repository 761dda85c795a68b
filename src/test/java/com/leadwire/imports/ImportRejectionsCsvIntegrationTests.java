package com.leadwire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.ImportUploads;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.Unique;

/** GET /api/v1/imports/{id}/rejections.csv, and an import's deals placed in a chosen pipeline and stage. */
@OnH2
class ImportRejectionsCsvIntegrationTests extends IntegrationTestSupport {

    private static final String MAPPING = "{\"email\": \"email\", \"name\": \"name\", \"valor\": \"deal.amount\"}";

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private ImportUploads imports() {
        return new ImportUploads(api());
    }

    private long imported(String csv, Map<String, String> fields) {
        HttpResponse<String> accepted = imports().upload(csv.getBytes(StandardCharsets.UTF_8), MAPPING, fields);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = ImportUploads.json(accepted).get("id").asLong();
        imports().awaitFinished(id);
        return id;
    }

    @Test
    void theRejectedRowsDownloadAsCsvInRowOrder() {
        long id = imported("email,name,valor\n"
                + Unique.email("ok") + ",Certo,10\n"
                + "not-an-email,\"Silva, Ana\",1\n"
                + Unique.email("comma") + ",Vírgula,\"12abc,5\"\n", Map.of());

        HttpResponse<String> csv = api().get("/api/v1/imports/" + id + "/rejections.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"import-" + id + "-rejections.csv\"");
        assertThat(csv.body()).startsWith("\uFEFFrow,field,reason\r\n");
        assertThat(csv.body().substring(1).split("\r\n")).containsExactly(
                "row,field,reason",
                "3,email,not a valid e-mail address: 'not-an-email'",
                "4,deal.amount,\"amount '12abc,5' is not a number\"");
    }

    @Test
    void anUnknownImportIs404AndAnImportWithoutRejectionsIsJustTheHeader() {
        long id = imported("email,name,valor\n" + Unique.email("clean") + ",Limpo,1\n", Map.of());

        assertThat(api().get("/api/v1/imports/" + id + "/rejections.csv").body()).isEqualTo("\uFEFFrow,field,reason\r\n");
        HttpResponse<String> missing = api().get("/api/v1/imports/987654321/rejections.csv");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.isProblem(missing)).isTrue();
        assertThat(new Http(baseUrl()).get("/api/v1/imports/" + id + "/rejections.csv").statusCode()).isEqualTo(401);
    }

    @Test
    void theDealsEnterTheStageTheUploadNames() {
        JsonNode pipeline = ImportUploads.json(api().get("/api/v1/pipelines")).get(0);
        long pipelineId = pipeline.get("id").asLong();
        long secondStage = pipeline.get("stages").get(1).get("id").asLong();
        String email = Unique.email("staged");

        long id = imported("email,name,valor\n" + email + ",Na Etapa,5\n",
                Map.of("pipelineId", String.valueOf(pipelineId), "stageId", String.valueOf(secondStage)));

        JsonNode job = imports().job(id);
        assertThat(List.of(job.get("pipelineId").asLong(), job.get("stageId").asLong(), job.get("dealsCreated").asInt()))
                .containsExactly(pipelineId, secondStage, 1);
        assertThat(jdbc.queryForObject("SELECT d.stage_id FROM deal d JOIN contact_email e ON e.contact_id = d.contact_id "
                + "WHERE e.email = ?", Long.class, email)).isEqualTo(secondStage);
    }

    @Test
    void aStageOutsideThePipelineOrWithoutDealsIsRefusedBeforeAnythingRuns() {
        JsonNode pipelines = ImportUploads.json(api().get("/api/v1/pipelines"));
        long firstPipeline = pipelines.get(0).get("id").asLong();
        long stageOfSecond = pipelines.get(1).get("stages").get(0).get("id").asLong();
        byte[] csv = ("email,name,valor\n" + Unique.email("never") + ",Nunca,1\n").getBytes(StandardCharsets.UTF_8);
        long jobsBefore = count("SELECT COUNT(*) FROM import_job");

        HttpResponse<String> mismatch = imports().upload(csv, MAPPING, Map.of("pipelineId", String.valueOf(firstPipeline),
                "stageId", String.valueOf(stageOfSecond)));
        HttpResponse<String> unknown = imports().upload(csv, MAPPING, Map.of("stageId", "987654321"));
        HttpResponse<String> notANumber = imports().upload(csv, MAPPING, Map.of("pipelineId", "autocloud"));
        HttpResponse<String> withoutDeals = imports().upload(csv, "{\"email\": \"email\"}", Map.of("createDeals", "false",
                "pipelineId", String.valueOf(firstPipeline)));

        assertThat(List.of(mismatch.statusCode(), unknown.statusCode(), notANumber.statusCode(), withoutDeals.statusCode()))
                .containsExactly(422, 404, 422, 422);
        assertThat(ImportUploads.json(mismatch).get("field").asText()).isEqualTo("stageId");
        assertThat(ImportUploads.json(notANumber).get("field").asText()).isEqualTo("pipelineId");
        assertThat(count("SELECT COUNT(*) FROM import_job")).isEqualTo(jobsBefore);
    }
}
