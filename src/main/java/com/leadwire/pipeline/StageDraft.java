package com.leadwire.pipeline;

/** A stage to add; {@code requirements} may be null (asks nothing). */
public record StageDraft(String name, StageKind kind, EntryRequirements requirements) {

    public StageDraft(String name, StageKind kind) {
        this(name, kind, null);
    }
}
