package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import com.leadwire.shared.JsonFields;

import com.leadwire.pipeline.DealEnteredStage.Cause;

/** Where a payment's new status takes its deal, decided by {@link StageMoves} without reading the database. */
class PaymentStageMovesTests {

    private static final long PIPELINE = 1, NOVO = 10, RECUSADO = 11, GANHO = 12, PERDIDO = 13, SEM_MAPA = 14;
    private static final long DEAL = 100, EVENT = 200;

    private final StageMoves moves = new StageMoves(mock(PlacementCatalog.class), mock(DealHistoryRows.class),
            mock(EntryRequirementsCheck.class), mock(JsonFields.class), mock(ApplicationEventPublisher.class), mock(com.leadwire.team.CurrentActor.class),
            java.time.Clock.systemUTC());

    /** Novo (new) → Recusado (failed) → Ganho (succeeded, won) → Perdido (refunded, lost); SemMapa is mapped from nothing. */
    private final PlacementCatalog.Snapshot snapshot = snapshot();

    private final Instant now = Instant.now();

    private Optional<StageMove> payment(long dealStage, PaymentStatus status) {
        return moves.byPayment(snapshot, DEAL, PIPELINE, dealStage, status, "payment:loja", EVENT, now);
    }

    @Test
    void aNewerStatusMovesAnOpenDealToItsMappedStage() {
        StageMove move = payment(NOVO, PaymentStatus.FAILED).orElseThrow();

        assertThat(move.event()).isEqualTo(new DealEnteredStage(DEAL, PIPELINE, NOVO, RECUSADO, StageKind.OPEN, "payment:loja",
                Cause.PAYMENT, EVENT, now));
        assertThat(move.note()).isEqualTo("payment: FAILED");
    }

    @Test
    void aPaymentStillInProgressNeverTakesADealOutOfAWonOrLostStage() {
        assertThat(payment(GANHO, PaymentStatus.NEW)).isEmpty();
        assertThat(payment(GANHO, PaymentStatus.FAILED)).isEmpty();
        assertThat(payment(PERDIDO, PaymentStatus.FAILED)).isEmpty();
    }

    @Test
    void aSettledPaymentMovesADealOutOfAWonOrLostStage() {
        assertThat(payment(GANHO, PaymentStatus.REFUNDED)).map(move -> move.to().id()).contains(PERDIDO);
        assertThat(payment(PERDIDO, PaymentStatus.SUCCEEDED)).map(move -> move.to().id()).contains(GANHO);
    }

    @Test
    void aStatusMappedToTheDealsStageOrToNoStageMovesNothing() {
        assertThat(payment(NOVO, PaymentStatus.NEW)).isEmpty();
        PlacementCatalog.Snapshot unmapped = new PlacementCatalog.Snapshot(snapshot.pipelines(), snapshot.pipelineById(),
                snapshot.pipelineOfStage(), Map.of(), Map.of(), Map.of());
        assertThat(moves.byPayment(unmapped, DEAL, PIPELINE, SEM_MAPA, PaymentStatus.SUCCEEDED, "payment:loja", EVENT, Instant.now()))
                .isEmpty();
    }

    private static PlacementCatalog.Snapshot snapshot() {
        PipelineView vendas = new PipelineView(PIPELINE, "Vendas", 0, List.of(
                new StageView(NOVO, "Novo", 0, StageKind.OPEN), new StageView(RECUSADO, "Recusado", 1, StageKind.OPEN),
                new StageView(GANHO, "Ganho", 2, StageKind.WON), new StageView(PERDIDO, "Perdido", 3, StageKind.LOST),
                new StageView(SEM_MAPA, "SemMapa", 4, StageKind.OPEN)));
        return new PlacementCatalog.Snapshot(List.of(vendas), Map.of(PIPELINE, vendas),
                Map.of(NOVO, vendas, RECUSADO, vendas, GANHO, vendas, PERDIDO, vendas, SEM_MAPA, vendas), Map.of(), Map.of(),
                Map.of(PIPELINE, Map.of(PaymentStatus.NEW, NOVO, PaymentStatus.FAILED, RECUSADO, PaymentStatus.SUCCEEDED, GANHO,
                        PaymentStatus.REFUNDED, PERDIDO)));
    }
}
