package com.leadwire.pipeline;

import java.util.List;

/**
 * A source as channels read it. {@code settings} is the channel's own JSON (form field mapping,
 * allowed origins, bot flow …), parsed by the module that owns the channel.
 */
public record SourceView(long id, SourceKind kind, String key, String name, Long pipelineId, Long stageId,
                         String dealTitleTemplate, String secret, String settings, boolean active,
                         List<PlacementRuleView> placementRules) {

    /** "When deal field {@code field} equals {@code value}, enter this pipeline and stage." */
    public record PlacementRuleView(String field, String value, long pipelineId, long stageId) {
    }
}
