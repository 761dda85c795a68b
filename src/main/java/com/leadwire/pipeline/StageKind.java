package com.leadwire.pipeline;

public enum StageKind {
    OPEN, WON, LOST;

    public boolean isFinal() {
        return this != OPEN;
    }
}
