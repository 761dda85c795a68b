package com.leadwire.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.timers.ListedTimer;
import com.leadwire.automation.timers.TimerKind;
import com.leadwire.automation.timers.Timers;
import com.leadwire.pipeline.Deals;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A deal's pending automation timers: what its rules will do to it, and when. */
@RestController
@Tag(name = "Deals")
class DealTimersController {

    private final Deals deals;
    private final Timers timers;

    DealTimersController(Deals deals, Timers timers) {
        this.deals = deals;
        this.timers = timers;
    }

    /** @param stageId the stage an idle timer watches (null for a delay) */
    record TimerJson(long id, long ruleId, String ruleName, TimerKind kind, Long stageId, Instant baseAt, Instant dueAt, String origin) {

        static TimerJson of(ListedTimer listed) {
            var timer = listed.timer();
            return new TimerJson(timer.id(), timer.ruleId(), listed.ruleName(), timer.kind(), timer.stageId(), timer.baseAt(), timer.dueAt(),
                    timer.origin());
        }
    }

    @GetMapping("/api/v1/deals/{id}/timers")
    @Operation(summary = "A deal's pending timers, soonest first: kind (IDLE_IN_STAGE or DELAY), the stage an idle timer "
            + "watches, the rule, when it counts from and when it is due")
    List<TimerJson> pending(@PathVariable long id) {
        if (deals.find(id).isEmpty()) {
            throw new NotFoundException("no deal " + id);
        }
        return timers.listOf(id).stream().map(TimerJson::of).toList();
    }
}
