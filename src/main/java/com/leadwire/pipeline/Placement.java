package com.leadwire.pipeline;

import java.util.Locale;
import java.util.Map;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * Decides where a new deal enters: an explicit stage or pipeline in the request, else the
 * source's first matching placement rule, else the source's stage or pipeline, else the first
 * pipeline's first stage. A payment's deal enters the stage its pipeline maps the payment
 * status to, when one is set.
 */
final class Placement {

    record Target(long pipelineId, long stageId) {
    }

    private Placement() {
    }

    static Target of(PlacementCatalog.Snapshot catalog, SourceView source, DealRequest request) {
        Target target = byRequest(catalog, request);
        if (target == null && source != null) {
            target = bySource(catalog, source, request.fields());
        }
        if (target == null) {
            PipelineView first = catalog.firstPipeline()
                    .orElseThrow(() -> new IllegalStateException("no pipeline is configured"));
            target = new Target(first.id(), first.stages().get(0).id());
        }
        if (request.payment() != null) {
            Long paymentStage = catalog.paymentStages().getOrDefault(target.pipelineId(), Map.of()).get(request.payment().status());
            if (paymentStage != null) {
                target = new Target(target.pipelineId(), paymentStage);
            }
        }
        return target;
    }

    /** Checks an explicit pipeline/stage before anything is stored, so a bad one is a 4xx. */
    static void validate(PlacementCatalog.Snapshot catalog, DealRequest request) {
        byRequest(catalog, request);
    }

    private static Target byRequest(PlacementCatalog.Snapshot catalog, DealRequest request) {
        if (request.stageId() != null) {
            PipelineView pipeline = catalog.pipelineOfStage().get(request.stageId());
            if (pipeline == null) {
                throw new NotFoundException("no stage " + request.stageId());
            }
            if (request.pipelineId() != null && request.pipelineId() != pipeline.id()) {
                throw new InvalidInputException("stageId", "stage " + request.stageId() + " is not in pipeline " + request.pipelineId());
            }
            return new Target(pipeline.id(), request.stageId());
        }
        if (request.pipelineId() != null) {
            PipelineView pipeline = catalog.pipelineById().get(request.pipelineId());
            if (pipeline == null) {
                throw new NotFoundException("no pipeline " + request.pipelineId());
            }
            return new Target(pipeline.id(), pipeline.stages().get(0).id());
        }
        return null;
    }

    private static Target bySource(PlacementCatalog.Snapshot catalog, SourceView source, Map<String, String> fields) {
        for (SourceView.PlacementRuleView rule : source.placementRules()) {
            if (matches(rule.when(), fields) && catalog.pipelineOfStage().containsKey(rule.stageId())) {
                return new Target(rule.pipelineId(), rule.stageId());
            }
        }
        if (source.stageId() != null && catalog.pipelineOfStage().containsKey(source.stageId())) {
            return new Target(catalog.pipelineOfStage().get(source.stageId()).id(), source.stageId());
        }
        if (source.pipelineId() != null && catalog.pipelineById().containsKey(source.pipelineId())) {
            PipelineView pipeline = catalog.pipelineById().get(source.pipelineId());
            return new Target(pipeline.id(), pipeline.stages().get(0).id());
        }
        return null;
    }

    static boolean matches(Map<String, String> when, Map<String, String> fields) {
        return when.entrySet().stream().allMatch(condition -> {
            String actual = fields.get(condition.getKey());
            return actual != null && normalised(actual).equals(normalised(condition.getValue()));
        });
    }

    private static String normalised(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
