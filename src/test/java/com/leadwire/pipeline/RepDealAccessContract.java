package com.leadwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import com.leadwire.pipeline.BoardView.Card;
import com.leadwire.pipeline.DealEnteredStage.Cause;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.ForbiddenException;
import com.leadwire.team.ActingUser;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.RepsDeals;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;

/**
 * A rep sees and works their own deals and unassigned ones, in the services themselves: the board,
 * a deal's reads and changes, notes, claims. An admin and the system see everything; an API key
 * that acts for a rep is limited like the rep. Run on H2 and on MariaDB.
 */
abstract class RepDealAccessContract extends IntegrationTestSupport {

    @Autowired
    Deals deals;

    @Autowired
    DealEdits edits;

    @Autowired
    DealNotes notes;

    @Autowired
    Board board;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Team team;

    @Autowired
    BulkDealChanges bulk;

    private TeamMember ana;
    private TeamMember bruno;
    private long anas;
    private long brunos;
    private long nobodys;
    private long pipelineId;

    @BeforeEach
    void dealsOfTwoReps() {
        RepsDeals fixture = RepsDeals.create(baseUrl(), team, edits, null);
        ana = fixture.rep();
        bruno = fixture.otherRep();
        anas = fixture.own();
        brunos = fixture.others();
        nobodys = fixture.unassigned();
        pipelineId = deals.find(anas).orElseThrow().pipelineId();
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepsBoardHoldsTheirOwnDealsAndTheUnassignedOnesWhileAnAdminsHoldsAll() {
        loggedIn(ana, Role.REP);
        BoardView.Column repsColumn = board.of(pipelineId, BoardFilter.NONE, 50).orElseThrow().columns().get(0);
        assertThat(repsColumn.cards()).extracting(Card::dealId).containsExactlyInAnyOrder(anas, nobodys);
        assertThat(repsColumn.summary().dealCount()).isEqualTo(2);
        assertThat(board.summaries(List.of(repsColumn.stage().id()), BoardFilter.NONE).get(repsColumn.stage().id()).dealCount())
                .isEqualTo(2);

        SecurityContextHolder.getContext().setAuthentication(login("admin", Role.ADMIN));
        BoardView.Column adminsColumn = board.of(pipelineId, BoardFilter.NONE, 50).orElseThrow().columns().get(0);
        assertThat(adminsColumn.cards()).extracting(Card::dealId).containsExactlyInAnyOrder(anas, brunos, nobodys);
    }

    @Test
    void aRepReachingAnotherRepsDealIsRefusedAndNothingChanges() {
        long next = stage("Seguinte");
        loggedIn(ana, Role.REP);

        assertThatThrownBy(() -> deals.find(brunos)).isInstanceOf(ForbiddenException.class)
                .hasMessage("deal " + brunos + " belongs to another rep");
        assertThatThrownBy(() -> deals.moveTo(brunos, next, "panel:" + ana.username(), Cause.PANEL, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deals.markLost(brunos, "no", "panel:" + ana.username(), Cause.PANEL, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> edits.assign(brunos, ana.id(), "panel:" + ana.username())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> notes.add(brunos, "mine now", "panel:" + ana.username())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> deals.history(brunos)).isInstanceOf(ForbiddenException.class);
        assertThat(deals.forContact(contactOf(brunos))).isEmpty();

        assertThat(deals.moveTo(anas, next, "panel:" + ana.username(), Cause.PANEL, null).stageName()).isEqualTo("Seguinte");
        assertThat(deals.moveTo(nobodys, next, "panel:" + ana.username(), Cause.PANEL, null).stageName()).isEqualTo("Seguinte");
        SecurityContextHolder.clearContext();
        assertThat(deals.find(brunos).orElseThrow().stageName()).as("the system sees every deal").isEqualTo("Espera");
        assertThat(deals.find(brunos).orElseThrow().responsibleUserId()).isEqualTo(bruno.id());
        assertThat(count("SELECT COUNT(*) FROM deal_note WHERE deal_id = ?", brunos)).isZero();
    }

    @Test
    void anUnassignedDealIsClaimedOnceWithWhoAndWhenOnItsChanges() {
        loggedIn(ana, Role.REP);
        DealView claimed = deals.claim(nobodys, "panel:" + ana.username());

        assertThat(claimed.responsibleUserId()).isEqualTo(ana.id());
        assertThat(edits.changes(nobodys)).singleElement().satisfies(change -> {
            assertThat(change.what()).isEqualTo("claim");
            assertThat(change.newValue()).isEqualTo(ana.displayName());
            assertThat(change.actor()).isEqualTo("panel:" + ana.username());
            assertThat(change.at()).isNotNull();
        });
        assertThatThrownBy(() -> deals.claim(nobodys, "panel:" + ana.username())).isInstanceOf(ConflictException.class);
        loggedIn(bruno, Role.REP);
        assertThatThrownBy(() -> deals.claim(nobodys, "panel:" + bruno.username())).isInstanceOf(ForbiddenException.class);
        SecurityContextHolder.getContext().setAuthentication(login("admin", Role.ADMIN));
        assertThatThrownBy(() -> deals.claim(anas, "panel:admin")).isInstanceOf(ConflictException.class);
    }

    @Test
    void anApiKeyActingForARepIsLimitedLikeTheRepAndAKeyOfItsOwnIsNot() {
        TestingAuthenticationToken owned = new TestingAuthenticationToken("api:" + ana.username(), "", "ROLE_API");
        owned.setDetails(new ActingUser(ana.username()));
        SecurityContextHolder.getContext().setAuthentication(owned);
        assertThatThrownBy(() -> deals.find(brunos)).isInstanceOf(ForbiddenException.class);
        assertThat(deals.find(anas)).isPresent();
        assertThat(deals.claim(nobodys, "api:ana").responsibleUserId()).isEqualTo(ana.id());

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("api:test", "", "ROLE_API"));
        assertThat(deals.find(brunos)).isPresent();
        long another = new TestDeals(baseUrl()).newDeal(Unique.email("chave"), "Deal da chave");
        assertThatThrownBy(() -> deals.claim(another, "api:test")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("only a team member can claim");
    }

    @Test
    void aRepsBulkMoveChangesTheirDealsAndReportsAnotherRepsAsRefused() {
        long next = stage("Seguinte");
        loggedIn(ana, Role.REP);

        BulkOutcome outcome = bulk.apply(new BulkChange(List.of(anas, brunos, nobodys), BulkChange.Action.MOVE, null, next, null),
                "panel:" + ana.username(), Cause.PANEL);

        assertThat(outcome.done()).isEqualTo(2);
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.results()).extracting(BulkOutcome.Result::id, BulkOutcome.Result::done, BulkOutcome.Result::refusal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(anas, true, null),
                        org.assertj.core.groups.Tuple.tuple(brunos, false, BulkOutcome.Refusal.NOT_YOURS),
                        org.assertj.core.groups.Tuple.tuple(nobodys, true, null));
        assertThat(outcome.results().get(1).detail()).isEqualTo("deal " + brunos + " belongs to another rep");
        assertThat(deals.history(anas)).last().satisfies(move -> {
            assertThat(move.toStageName()).isEqualTo("Seguinte");
            assertThat(move.actor()).isEqualTo("panel:" + ana.username());
        });
        SecurityContextHolder.clearContext();
        assertThat(deals.find(brunos).orElseThrow().stageName()).isEqualTo("Espera");
    }

    /** As the panel's login puts a team member in the security context. */
    private static void loggedIn(TeamMember member, Role role) {
        SecurityContextHolder.getContext().setAuthentication(login(member.username(), role));
    }

    private static UsernamePasswordAuthenticationToken login(String username, Role role) {
        UserDetails user = User.withUsername(username).password("unused").roles(role.name()).build();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private long stage(String name) {
        return pipelines.find(pipelineId).orElseThrow().stages().stream().filter(stage -> stage.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private long contactOf(long dealId) {
        return count("SELECT contact_id FROM deal WHERE id = ?", dealId);
    }
}
