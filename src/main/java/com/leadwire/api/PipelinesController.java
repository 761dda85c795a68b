package com.leadwire.api;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.StageChange;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Pipelines and stages. Deleting one that still holds deals needs {@code moveDealsTo} (a stage id).
 * A stage's {@code requirements} say what a deal needs to enter it by a person's or a rule's move.
 */
@RestController
@RequestMapping("/api/v1/pipelines")
@Tag(name = "Pipelines")
class PipelinesController {

    private static final String REQUIREMENTS = """
            A stage's entry requirements: {"fromStages": [stage ids], "visitedStages": [stage ids], "fields": [deal field names]}.
            A deal that a person (API, panel, Telegram) or a rule moves into the stage must come directly from one of \
            fromStages, must have been in each of visitedStages before, and must have each field set (not blank); empty \
            lists ask nothing, and requirements replace the stage's old ones. The stages must be other stages of the same \
            pipeline (else 422 naming requirements.fromStages or requirements.visitedStages). A move that breaks one is \
            refused with 409, whose problem names it: "requirement" (fromStages, visitedStages or fields), "stageId" and \
            "missing" (the stages or fields lacking). New deals placed by their source, payment moves and an admin's \
            bulk moves are not checked.""";

    private final Pipelines pipelines;

    PipelinesController(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    record NewPipeline(String name, List<StageDraft> stages) {
    }

    record Rename(String name) {
    }

    record Order(List<Long> ids) {
    }

    record PaymentStage(Long stageId) {
    }

    @GetMapping
    @Operation(summary = "All pipelines with their stages, in order")
    List<PipelineView> all() {
        return pipelines.all();
    }

    @GetMapping("/{id}")
    PipelineView byId(@PathVariable long id) {
        return pipelines.find(id).orElseThrow(() -> new NotFoundException("no pipeline " + id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a pipeline with its stages", description = "A new pipeline's stages have no ids yet, so their "
            + "entry requirements naming stages are set afterwards (PUT /api/v1/pipelines/{id}/stages/{stageId}); "
            + "required fields can be set here.")
    PipelineView create(@RequestBody NewPipeline request) {
        return pipelines.create(request.name(), request.stages());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a pipeline")
    PipelineView rename(@PathVariable long id, @RequestBody Rename request) {
        return pipelines.rename(id, request.name());
    }

    @PutMapping("/order")
    @Operation(summary = "Reorder the pipelines (every pipeline id once)")
    List<PipelineView> reorder(@RequestBody Order request) {
        return pipelines.reorder(required(request.ids()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a pipeline; its deals move to moveDealsTo (a stage of another pipeline)")
    void delete(@PathVariable long id, @RequestParam(required = false) Long moveDealsTo, Principal caller) {
        pipelines.delete(id, moveDealsTo, caller.getName());
    }

    @PostMapping("/{id}/stages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a stage at the end", description = REQUIREMENTS)
    PipelineView addStage(@PathVariable long id, @RequestBody StageDraft stage) {
        return pipelines.addStage(id, stage);
    }

    @PutMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Rename a stage, set its kind (OPEN, WON, LOST) and/or its entry requirements (a missing member stays "
            + "as it is)", description = "A deal marked won or lost goes to its pipeline's first stage of that kind. " + REQUIREMENTS)
    PipelineView updateStage(@PathVariable long id, @PathVariable long stageId, @RequestBody StageChange request) {
        return pipelines.updateStage(id, stageId, request);
    }

    @PutMapping("/{id}/stages/order")
    @Operation(summary = "Reorder the stages (every stage id once)")
    PipelineView reorderStages(@PathVariable long id, @RequestBody Order request) {
        return pipelines.reorderStages(id, required(request.ids()));
    }

    @DeleteMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Delete a stage; its deals move to moveDealsTo (required when it has deals)")
    PipelineView deleteStage(@PathVariable long id, @PathVariable long stageId, @RequestParam(required = false) Long moveDealsTo,
                             Principal caller) {
        return pipelines.deleteStage(id, stageId, moveDealsTo, caller.getName());
    }

    @GetMapping("/{id}/deal-counts")
    @Operation(summary = "How many deals each stage holds", description = "Stage id → number of deals; a stage without deals "
            + "is not listed. Deleting a stage or pipeline that holds deals needs moveDealsTo.")
    Map<Long, Long> dealCounts(@PathVariable long id) {
        return pipelines.dealCounts(id);
    }

    @GetMapping("/{id}/payment-stages")
    @Operation(summary = "Which stage a payment's deal enters for each payment status")
    Map<PaymentStatus, Long> paymentStages(@PathVariable long id) {
        return pipelines.paymentStages(id);
    }

    @PutMapping("/{id}/payment-stages/{status}")
    @Operation(summary = "Set (or clear with stageId null) the stage for a payment status")
    Map<PaymentStatus, Long> setPaymentStage(@PathVariable long id, @PathVariable PaymentStatus status,
                                             @RequestBody PaymentStage request) {
        pipelines.setPaymentStage(id, status, request.stageId());
        return pipelines.paymentStages(id);
    }

    private static List<Long> required(List<Long> ids) {
        if (ids == null) {
            throw new InvalidInputException("ids", "ids is required");
        }
        return ids;
    }
}
