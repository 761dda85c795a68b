package com.leadwire.pipeline;

import java.util.List;

/**
 * Everything needed to create or change a source; on a change, a null secret keeps the current one, a blank one clears it.
 * {@code checkout}: a pop-up or form that is a store's checkout (its leads can become abandoned checkouts).
 */
public record SourceDraft(SourceKind kind, String key, String name, Long pipelineId, Long stageId,
                          String dealTitleTemplate, String secret, String settings,
                          List<SourceView.PlacementRuleView> placementRules, boolean checkout) {

    public SourceDraft {
        placementRules = placementRules == null ? List.of() : List.copyOf(placementRules);
    }

    /** A source that is not a checkout. */
    public SourceDraft(SourceKind kind, String key, String name, Long pipelineId, Long stageId, String dealTitleTemplate, String secret,
                       String settings, List<SourceView.PlacementRuleView> placementRules) {
        this(kind, key, name, pipelineId, stageId, dealTitleTemplate, secret, settings, placementRules, false);
    }

    public SourceDraft asCheckout(boolean isCheckout) {
        return new SourceDraft(kind, key, name, pipelineId, stageId, dealTitleTemplate, secret, settings, placementRules, isCheckout);
    }
}
