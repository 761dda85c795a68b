package com.leadwire.forms;

import java.util.List;

import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.testsupport.Unique;

/** Sources a test makes for itself (unique keys) in the demo's autocloud pipeline, LEAD stage. */
final class FormTestSources {

    private FormTestSources() {
    }

    static String create(Sources sources, Pipelines pipelines, SourceKind kind, String name, String settings) {
        PipelineView autocloud = pipelines.findByName("autocloud").orElseThrow();
        long lead = autocloud.stages().stream().filter(stage -> stage.name().equals("LEAD")).findFirst().orElseThrow().id();
        String key = Unique.key(kind == SourceKind.POPUP ? "popup" : "form");
        sources.create(new SourceDraft(kind, key, name, autocloud.id(), lead, "{{contact.name}} – teste", null, settings, List.of()), "test");
        return key;
    }
}
