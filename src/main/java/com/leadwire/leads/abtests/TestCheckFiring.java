package com.leadwire.leads.abtests;

import org.springframework.stereotype.Component;

import com.leadwire.automation.timers.TimerHandler;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.TimerView;

/** A lead group's A/B test check fell due: the test ends if a criterion is met. Runs in the timer's transaction. */
@Component
class TestCheckFiring implements TimerHandler {

    private final TestEnds ends;

    TestCheckFiring(TestEnds ends) {
        this.ends = ends;
    }

    @Override
    public boolean handles(TimerKind kind) {
        return kind == TimerKind.LEAD_TEST_CHECK;
    }

    @Override
    public void fire(TimerView timer) {
        TestChecks.groupOf(timer.key()).ifPresent(ends::check);
    }
}
