package com.leadwire.pipeline;

import java.util.List;

/** Everything needed to create or change a source; on a change, a null secret keeps the current one, a blank one clears it. */
public record SourceDraft(SourceKind kind, String key, String name, Long pipelineId, Long stageId,
                          String dealTitleTemplate, String secret, String settings,
                          List<SourceView.PlacementRuleView> placementRules) {

    public SourceDraft {
        placementRules = placementRules == null ? List.of() : List.copyOf(placementRules);
    }
}
