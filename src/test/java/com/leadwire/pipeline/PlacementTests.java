package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

class PlacementTests {

    private final PipelineView autocloud = new PipelineView(1, "autocloud", 0, List.of(
            new StageView(10, "LEAD", 0, StageKind.OPEN), new StageView(11, "AVALIAÇÃO", 1, StageKind.OPEN),
            new StageView(12, "CLIENTE", 2, StageKind.WON)));
    private final PipelineView feirao = new PipelineView(2, "Feirão Digital", 1, List.of(
            new StageView(20, "LEAD", 0, StageKind.OPEN), new StageView(21, "AVALIAÇÃO", 1, StageKind.OPEN),
            new StageView(22, "CLIENTE", 2, StageKind.WON)));

    private PlacementCatalog.Snapshot catalog(Map<Long, Map<PaymentStatus, Long>> paymentStages, SourceView... sources) {
        Map<Long, PipelineView> ofStage = new java.util.HashMap<>();
        List.of(autocloud, feirao).forEach(p -> p.stages().forEach(s -> ofStage.put(s.id(), p)));
        return new PlacementCatalog.Snapshot(List.of(autocloud, feirao),
                Map.of(1L, autocloud, 2L, feirao), ofStage,
                List.of(sources).stream().collect(Collectors.toMap(SourceView::key, Function.identity())),
                List.of(sources).stream().collect(Collectors.toMap(SourceView::id, Function.identity())), paymentStages);
    }

    private SourceView leadForm() {
        return new SourceView(5, SourceKind.FORM, "leads", "Leads", 1L, 10L, null, null, null, true, false, List.of(
                new SourceView.PlacementRuleView(Map.of("platform", "Feirão Digital", "type", "AVALIAÇÃO"), 2, 21),
                new SourceView.PlacementRuleView(Map.of("platform", "Feirão Digital"), 2, 20)));
    }

    private DealRequest withFields(Map<String, String> fields) {
        return new DealRequest(null, null, null, null, null, null, null, fields, null);
    }

    @Test
    void theFirstRuleWhoseFieldsAllMatchWinsIgnoringCaseAndBlanks() {
        var target = Placement.of(catalog(Map.of(), leadForm()), leadForm(),
                withFields(Map.of("platform", " feirão digital", "type", "AVALIAÇÃO")));

        assertThat(target).isEqualTo(new Placement.Target(2, 21));
    }

    @Test
    void aPartialMatchFallsToTheNextRuleThenToTheSourceStage() {
        var catalog = catalog(Map.of(), leadForm());

        assertThat(Placement.of(catalog, leadForm(), withFields(Map.of("platform", "Feirão Digital", "type", "LEAD"))))
                .isEqualTo(new Placement.Target(2, 20));
        assertThat(Placement.of(catalog, leadForm(), withFields(Map.of("platform", "autocloud"))))
                .isEqualTo(new Placement.Target(1, 10));
    }

    @Test
    void withoutSourceTheDealEntersTheFirstPipelinesFirstStage() {
        assertThat(Placement.of(catalog(Map.of()), null, DealRequest.empty())).isEqualTo(new Placement.Target(1, 10));
    }

    @Test
    void anExplicitStageWinsAndMustBelongToTheNamedPipeline() {
        var catalog = catalog(Map.of());
        assertThat(Placement.of(catalog, leadForm(), new DealRequest(null, null, null, null, null, 22L, null, null, null)))
                .isEqualTo(new Placement.Target(2, 22));
        assertThatThrownBy(() -> Placement.validate(catalog, new DealRequest(null, null, null, null, 1L, 22L, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Placement.validate(catalog, new DealRequest(null, null, null, null, 9L, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPaymentEntersTheStageItsPipelineMapsTheStatusTo() {
        var catalog = catalog(Map.of(1L, Map.of(PaymentStatus.SUCCEEDED, 12L)));
        var paid = new DealRequest(null, null, null, null, null, null, null, null,
                new PaymentUpdate("stripe", "pi_1", PaymentStatus.SUCCEEDED));
        var started = new DealRequest(null, null, null, null, null, null, null, null,
                new PaymentUpdate("stripe", "pi_2", PaymentStatus.NEW));

        assertThat(Placement.of(catalog, null, paid)).isEqualTo(new Placement.Target(1, 12));
        assertThat(Placement.of(catalog, null, started)).isEqualTo(new Placement.Target(1, 10));
    }
}
