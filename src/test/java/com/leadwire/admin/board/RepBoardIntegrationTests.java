package com.leadwire.admin.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.leadwire.pipeline.DealEdits;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.StageView;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.RepsDeals;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/** A rep logged into the panel works their own deals and the unassigned ones, and claims those. */
@OnH2
class RepBoardIntegrationTests extends PanelTestSupport {

    private static final String PASSWORD = "rep-test-password";

    @Autowired
    Team team;

    @Autowired
    DealEdits edits;

    @Autowired
    Deals deals;

    private TeamMember rep;
    private long otherRep;
    private long own;
    private long others;
    private long unassigned;
    private String pipeline;

    @BeforeEach
    void dealsOfTwoReps() {
        RepsDeals fixture = RepsDeals.create(baseUrl(), team, edits, PASSWORD);
        rep = fixture.rep();
        otherRep = fixture.otherRep().id();
        own = fixture.own();
        others = fixture.others();
        unassigned = fixture.unassigned();
        pipeline = deals.find(own).orElseThrow().pipelineName();
        login(rep.username(), PASSWORD);
    }

    @Test
    void aRepsBoardShowsTheirOwnAndTheUnassignedDealsOnly() {
        openBoard();

        StageColumn first = _find(StageColumn.class).get(0);
        assertThat(first.cards()).extracting(card -> card.card().dealId()).containsExactlyInAnyOrder(own, unassigned);
        assertThat(_get(first, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("board-column-summary")).getText())
                .isEqualTo("2 deals");
    }

    @Test
    void aRepOpeningAnotherRepsDealIsToldItIsNotTheirsAndSeesNothingOfIt() {
        UI.getCurrent().navigate("deals/" + others);

        assertThat(_get(H2.class).getText()).isEqualTo("Deal " + others + " is not yours: it belongs to another rep. "
                + "Your board shows your deals and the unassigned ones.");
        assertThat(_find(Text.class).stream().map(Text::getText).toList()).noneMatch(text -> text.contains("Others "));
    }

    @Test
    void aRepClaimsAnUnassignedDealFromItsCardAndTheCardThenNamesThem() {
        openBoard();
        DealCard free = card(unassigned);
        assertThat(_find(card(own), NativeButton.class, spec -> spec.withClasses("deal-card-claim"))).isEmpty();

        _click(_get(free, NativeButton.class, spec -> spec.withClasses("deal-card-claim")));

        NotificationsKt.expectNotifications("“" + free.card().title() + "” is yours now.");
        DealCard claimed = card(unassigned);
        assertThat(List.of(_get(claimed, Text.class).getText().split("\n"))).contains("Rep: " + rep.displayName());
        assertThat(_find(claimed, NativeButton.class, spec -> spec.withClasses("deal-card-claim"))).isEmpty();
        assertThat(deals.find(unassigned).orElseThrow().responsibleUserId()).isEqualTo(rep.id());
    }

    @Test
    void aRepClaimsAnUnassignedDealOnItsPageAndTheTimelineSaysSo() {
        UI.getCurrent().navigate("deals/" + unassigned);

        _click(_get(Button.class, spec -> spec.withText("Claim")));

        NotificationsKt.expectNotifications("“" + deals.find(unassigned).orElseThrow().title() + "” is yours now.");
        assertThat(deals.find(unassigned).orElseThrow().responsibleUserId()).isEqualTo(rep.id());
        assertThat(_find(Button.class, spec -> spec.withText("Claim"))).as("the page shows the deal as it is now").isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(span -> span.getText()).toList())
                .anyMatch(text -> text.endsWith("Claimed by " + rep.displayName() + " (panel:" + rep.username() + ")"));
    }

    @Test
    void aRepMovingADealReassignedMeanwhileIsRefusedByTheServiceAndToldPlainly() {
        openBoard();
        DealCard mine = card(own);
        edits.assign(own, otherRep, "test");
        BoardView board = _get(BoardView.class);
        StageView next = board.pipeline.getValue().stages().stream().filter(stage -> stage.name().equals("Seguinte")).findFirst()
                .orElseThrow();

        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> board.move(mine, next));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refused));

        NotificationsKt.expectNotifications("Not done: this deal belongs to another rep (it may have been reassigned meanwhile).");
        assertThat(jdbc.queryForObject("SELECT s.name FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.id = ?", String.class, own))
                .isEqualTo("Espera");
    }

    private void openBoard() {
        UI.getCurrent().navigate("");
        BoardView board = _get(BoardView.class);
        board.pipeline.setValue(board.pipeline.getListDataView().getItems().filter(p -> p.name().equals(pipeline)).findFirst()
                .orElseThrow());
    }

    private static DealCard card(long dealId) {
        return _get(DealCard.class, spec -> spec.withPredicate(card -> card.card().dealId() == dealId));
    }
}
