package com.leadwire.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a deal needs to enter a stage (the 002 flow: an autocloud lead enters AVALIAÇÃO only from
 * CREDENCIAMENTO, and only after an APRESENTAÇÃO): to come directly from one of {@code fromStages},
 * to have been in each of {@code visitedStages} before, and to have each of {@code fields} (deal
 * fields) set to something not blank. The stages are of the same pipeline. Empty lists ask nothing;
 * a missing list is empty. {@link Pipelines} checks them when they are set.
 */
public record EntryRequirements(List<Long> fromStages, List<Long> visitedStages, List<String> fields) {

    public static final EntryRequirements NONE = new EntryRequirements(List.of(), List.of(), List.of());

    public EntryRequirements {
        // unmodifiable copies that keep a null element, so that the check can refuse it with a 422
        fromStages = fromStages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fromStages));
        visitedStages = visitedStages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(visitedStages));
        fields = fields == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fields));
    }

    boolean asksNothing() {
        return fromStages.isEmpty() && visitedStages.isEmpty() && fields.isEmpty();
    }

    boolean names(long stageId) {
        return fromStages.contains(stageId) || visitedStages.contains(stageId);
    }
}
