package com.leadwire.api;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.automation.DealTimeline;
import com.leadwire.automation.TimelineEntry;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageMoveView;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reading and moving deals. Creating one is {@code POST /api/v1/deals} (a Camel intake route). */
@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals")
class DealsController {

    private final Deals deals;
    private final DealTimeline timeline;

    DealsController(Deals deals, DealTimeline timeline) {
        this.deals = deals;
        this.timeline = timeline;
    }

    record DealWithHistory(DealView deal, List<StageMoveView> history) {
    }

    /** {@code expectedStageId}: refuse (409) if the deal is no longer where the caller saw it. */
    record MoveRequest(Long stageId, Long expectedStageId) {
    }

    record LostRequest(String reason, Long expectedStageId) {
    }

    record WonRequest(Long expectedStageId) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "A deal with its stage history")
    DealWithHistory byId(@PathVariable long id) {
        DealView deal = deals.find(id).orElseThrow(() -> new NotFoundException("no deal " + id));
        return new DealWithHistory(deal, deals.history(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "A deal's timeline, newest first: stage changes and rule firings with their trigger, conditions and actions")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return timeline.of(id);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a deal to another stage of its pipeline", description = "409 when the deal is no longer in "
            + "expectedStageId, is already in the stage, or does not meet the stage's entry requirements; then the problem "
            + "says which one in its detail and names it in \"requirement\" (fromStages, visitedStages or fields), with "
            + "\"stageId\" and \"missing\" (the stages it may come from, the stages it has not been in, or the fields not set).")
    DealView move(@PathVariable long id, @RequestBody MoveRequest request, Principal caller) {
        if (request.stageId() == null) {
            throw new InvalidInputException("stageId", "stageId is required");
        }
        return deals.moveTo(id, request.stageId(), caller.getName(), Cause.API, request.expectedStageId());
    }

    @PostMapping("/{id}/won")
    @Operation(summary = "Mark a deal won (its pipeline's won stage)")
    DealView won(@PathVariable long id, @RequestBody(required = false) WonRequest request, Principal caller) {
        return deals.markWon(id, caller.getName(), Cause.API, request == null ? null : request.expectedStageId());
    }

    @PostMapping("/{id}/lost")
    @Operation(summary = "Mark a deal lost (its pipeline's lost stage), with a reason")
    DealView lost(@PathVariable long id, @RequestBody LostRequest request, Principal caller) {
        return deals.markLost(id, request.reason(), caller.getName(), Cause.API, request.expectedStageId());
    }
}
