package com.leadwire.pipeline;

public record StageView(long id, String name, int position, StageKind kind) {
}
