package com.leadwire.pipeline;

public record StageDraft(String name, StageKind kind) {
}
