package com.leadwire.automation;

import java.time.Instant;

import com.leadwire.automation.sequences.FollowUpNote;
import com.leadwire.pipeline.DealChangeView;
import com.leadwire.pipeline.StageMoveView;
import com.leadwire.telegram.DealMessageView;

/**
 * One line of a deal's timeline: a stage change, a rule's firing with why, a person's change (an
 * edit, an assignment, an e-mail sent from the deal page), a Telegram message (either side) or a
 * follow-up sequence's start, e-mail or stop, or a rule's e-mail held back by the sending hours or the
 * daily cap. The part of its kind is set, the others are null.
 */
public record TimelineEntry(Instant at, Kind kind, String summary, StageMoveView stageChange, RuleFiring ruleFiring, DealChangeView change,
                            DealMessageView message, FollowUpNote followUp, HeldEmailView heldEmail) {

    public enum Kind {
        STAGE_CHANGE, RULE_FIRING, CHANGE, MESSAGE, FOLLOW_UP, HELD_EMAIL
    }

    static TimelineEntry of(StageMoveView move, String summary) {
        return new TimelineEntry(move.at(), Kind.STAGE_CHANGE, summary, move, null, null, null, null, null);
    }

    static TimelineEntry of(RuleFiring firing, String summary) {
        return new TimelineEntry(firing.at(), Kind.RULE_FIRING, summary, null, firing, null, null, null, null);
    }

    static TimelineEntry of(DealChangeView change, String summary) {
        return new TimelineEntry(change.at(), Kind.CHANGE, summary, null, null, change, null, null, null);
    }

    static TimelineEntry of(Instant at, FollowUpNote note, String summary) {
        return new TimelineEntry(at, Kind.FOLLOW_UP, summary, null, null, null, null, note, null);
    }

    static TimelineEntry of(HeldEmailView held) {
        return new TimelineEntry(held.heldAt(), Kind.HELD_EMAIL, held.summary(), null, null, null, null, null, held);
    }

    static TimelineEntry of(DealMessageView message, String summary) {
        return new TimelineEntry(message.at(), Kind.MESSAGE, summary, null, null, null, message, null, null);
    }
}
