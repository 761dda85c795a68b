package com.leadwire.automation;

import java.time.Instant;

import com.leadwire.pipeline.StageMoveView;

/** One line of a deal's timeline: a stage change, or a rule's firing with why. */
public record TimelineEntry(Instant at, Kind kind, String summary, StageMoveView stageChange, RuleFiring ruleFiring) {

    public enum Kind {
        STAGE_CHANGE, RULE_FIRING
    }
}
