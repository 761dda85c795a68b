package com.leadwire.automation.engine;

import com.leadwire.automation.RuleView;
import com.leadwire.pipeline.DealEnteredStage;

/** What the timers do with the engine's events: start a delay or idle rule's timer, follow a deal's moves. */
interface RuleEventScheduling {

    /** An event that starts {@code rule}'s timer (a delay's trigger, entering an idle rule's stage). */
    void started(RuleView rule, RuleEvent event);

    /** A deal changed stage: timers waiting for it to stay in the stage it left are cancelled. */
    void entered(DealEnteredStage event);
}
