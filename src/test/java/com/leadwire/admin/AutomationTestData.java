package com.leadwire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.SourceView;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Unique;

/** Sources, pipelines and deals the automation panel tests make for themselves, so that their rules touch no other test's deals. */
final class AutomationTestData {

    private AutomationTestData() {
    }

    /** An API source of its own that places deals in autocloud's LEAD. */
    static SourceView apiSource(Sources sources, Pipelines pipelines) {
        PipelineView autocloud = pipelines.findByName("autocloud").orElseThrow();
        String key = Unique.key("painel");
        return sources.create(new SourceDraft(SourceKind.API, key, "Painel " + key, autocloud.id(), stage(autocloud, "LEAD"),
                "{{contact.name}} – painel", null, null, List.of()), "test");
    }

    /** A pipeline of its own with open stages of these names. */
    static PipelineView pipeline(Pipelines pipelines, String... stages) {
        return pipelines.create(Unique.key("Funil"), Arrays.stream(stages).map(name -> new StageDraft(name, StageKind.OPEN))
                .toList());
    }

    static long stage(PipelineView pipeline, String name) {
        return pipeline.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A deal created through the real API from {@code source}; its id. */
    static long dealFrom(String baseUrl, String source, String email, String name) throws Exception {
        var response = ApiClient.authenticated(baseUrl).postJson("/api/v1/deals",
                ApiClient.dealJson(source, email, name, "{\"platform\": \"autocloud\"}"));
        assertThat(response.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("dealId").asLong();
    }
}
