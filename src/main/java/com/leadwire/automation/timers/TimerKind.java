package com.leadwire.automation.timers;

public enum TimerKind {
    /** A deal stayed in a stage for the rule's duration; cancelled when it leaves the stage. */
    IDLE_IN_STAGE,
    /** A duration after another trigger; the rule's conditions are checked when it fires. */
    DELAY,
    /** A task fell due: its owner is reminded (the tasks module); it has a task and no rule. */
    TASK_DUE,
    /** A follow-up sequence's next e-mail fell due (automation.sequences); it has neither a rule nor a task, its key names the follow-up. */
    SEQUENCE_STEP,
    /**
     * A rule's e-mail held back by the sending hours or the daily cap is due to go out
     * (automation.sending); like a follow-up's step it has neither a rule nor a task (disabling the
     * rule does not drop it), its key names the held e-mail.
     */
    HELD_EMAIL,
    /** A checkout's wait for its payment ended (the leads module): the deal may enter an abandoned-checkouts group; its key names the group. */
    ABANDONED_CHECKOUT,
    /**
     * A lead group's A/B test is checked against its end criteria (leads): due at its end date, and a
     * few seconds after leads entered or converted. It has no rule, task or deal (deal id 0); its key
     * names the group.
     */
    LEAD_TEST_CHECK
}
