package com.leadwire.admin.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageView;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** The board's bulk actions on selected cards, each deal through the same service as one at a time. */
@OnH2
class BoardBulkIntegrationTests extends PanelTestSupport {

    @Autowired
    Deals deals;

    private long first;
    private long second;
    private long third;
    private DealView shown;

    @BeforeEach
    void threeDeals() {
        TestDeals testDeals = new TestDeals(baseUrl());
        first = testDeals.newDeal(Unique.email("um"), "Um");
        second = testDeals.newDeal(Unique.email("dois"), "Dois");
        third = testDeals.newDeal(Unique.email("tres"), "Três");
        shown = deals.find(first).orElseThrow();
    }

    @Test
    void aBulkMoveMovesTheSelectedDealsAndSaysWhichOneWasRefusedAndWhy() {
        deals.moveTo(third, seguinte(), "test", Cause.API, null);
        openBoard();
        select(first, second, third);
        assertThat(board().bulkBar.isVisible()).isTrue();
        assertThat(board().bulkBar.count.getText()).isEqualTo("3 deals selected");

        board().bulkBar.stage.setValue(stage("Seguinte"));
        _click(board().bulkBar.move);

        NotificationsKt.expectNotifications("2 moved, 1 refused: #" + third + " deal " + third + " is already in that stage");
        assertThat(List.of(first, second, third)).allSatisfy(id -> assertThat(deals.find(id).orElseThrow().stageName()).isEqualTo("Seguinte"));
        assertThat(board().bulkBar.isVisible()).as("the board is shown again, nothing selected").isFalse();
    }

    @Test
    void closingSelectedDealsAsWonIsAskedFirstAndAsLostAsksWhy() {
        openBoard();
        select(first);
        _click(board().bulkBar.won);
        assertThat(board().bulkBar.confirmWon.isOpened()).isTrue();
        _fireConfirm(board().bulkBar.confirmWon);
        NotificationsKt.expectNotifications("1 closed as won");
        assertThat(deals.find(first).orElseThrow().stageName()).isEqualTo("Ganho");

        select(second);
        _click(board().bulkBar.lost);
        _click(board().bulkBar.askLost.confirm());
        assertThat(board().bulkBar.askLost.reason().isInvalid()).as("a reason is asked for").isTrue();
        assertThat(deals.find(second).orElseThrow().stageName()).isEqualTo("Espera");
        _setValue(board().bulkBar.askLost.reason(), "Sem orçamento");
        _click(board().bulkBar.askLost.confirm());
        NotificationsKt.expectNotifications("1 closed as lost");
        assertThat(deals.find(second).orElseThrow().lostReason()).isEqualTo("Sem orçamento");
    }

    private void openBoard() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("");
        BoardView board = board();
        board.pipeline.setValue(board.pipeline.getListDataView().getItems().filter(p -> p.id() == shown.pipelineId()).findFirst()
                .orElseThrow());
    }

    private long seguinte() {
        return jdbc.queryForObject("SELECT id FROM stage WHERE pipeline_id = ? AND name = 'Seguinte'",
                Long.class, shown.pipelineId());
    }

    private static BoardView board() {
        return _get(BoardView.class);
    }

    private static void select(long... dealIds) {
        for (long dealId : dealIds) {
            _setValue(_get(DealCard.class, spec -> spec.withPredicate(card -> card.card().dealId() == dealId)).select, true);
        }
    }

    private StageView stage(String name) {
        return board().pipeline.getValue().stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow();
    }
}
