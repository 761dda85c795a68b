package com.leadwire.pipeline;

import java.util.List;
import java.util.Map;

/**
 * A source as channels read it; {@code checkout}: a pop-up or form that is a store's checkout. {@code settings} is the channel's own JSON (form field mapping,
 * allowed origins, bot flow …), parsed by the module that owns the channel.
 */
public record SourceView(long id, SourceKind kind, String key, String name, Long pipelineId, Long stageId,
                         String dealTitleTemplate, String secret, String settings, boolean active, boolean checkout,
                         List<PlacementRuleView> placementRules) {

    /**
     * "When the deal's fields have all these values (compared ignoring case), the deal enters
     * this pipeline and stage."
     */
    public record PlacementRuleView(Map<String, String> when, long pipelineId, long stageId) {

        public PlacementRuleView {
            when = Map.copyOf(when);
        }
    }
}
