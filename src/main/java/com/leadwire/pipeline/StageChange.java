package com.leadwire.pipeline;

/** A change to a stage: its name, its kind, its entry requirements; a null member leaves that as it is. */
public record StageChange(String name, StageKind kind, EntryRequirements requirements) {

    public static StageChange requirements(EntryRequirements requirements) {
        return new StageChange(null, null, requirements);
    }

    boolean changesNothing() {
        return name == null && kind == null && requirements == null;
    }
}
