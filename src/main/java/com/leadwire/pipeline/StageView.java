package com.leadwire.pipeline;

public record StageView(long id, String name, int position, StageKind kind, EntryRequirements requirements) {

    public StageView {
        requirements = requirements == null ? EntryRequirements.NONE : requirements;
    }

    public StageView(long id, String name, int position, StageKind kind) {
        this(id, name, position, kind, EntryRequirements.NONE);
    }
}
