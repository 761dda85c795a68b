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
import com.leadwire.pipeline.StageDraft;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Pipelines and stages. Deleting one that still holds deals needs {@code moveDealsTo} (a stage id). */
@RestController
@RequestMapping("/api/v1/pipelines")
@Tag(name = "Pipelines")
class PipelinesController {

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
    @Operation(summary = "Create a pipeline with its stages")
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
    @Operation(summary = "Add a stage at the end")
    PipelineView addStage(@PathVariable long id, @RequestBody StageDraft stage) {
        return pipelines.addStage(id, stage);
    }

    @PutMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Rename a stage")
    PipelineView renameStage(@PathVariable long id, @PathVariable long stageId, @RequestBody Rename request) {
        return pipelines.renameStage(id, stageId, request.name());
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
