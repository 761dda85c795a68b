package com.leadwire.pipeline;

import java.util.List;
import java.util.Optional;

/** A pipeline with its stages in order. */
public record PipelineView(long id, String name, int position, List<StageView> stages) {

    public Optional<StageView> stage(long stageId) {
        return stages.stream().filter(stage -> stage.id() == stageId).findFirst();
    }

    public Optional<StageView> firstOfKind(StageKind kind) {
        return stages.stream().filter(stage -> stage.kind() == kind).findFirst();
    }
}
