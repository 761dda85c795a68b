package com.leadwire.admin.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.pipeline.DealEdits;
import com.leadwire.shared.ConflictException;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;
import com.leadwire.team.TeamMemberDraft;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.OwnTeamMembers;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.TestDeals;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

@OnH2
class TeamViewIntegrationTests extends PanelTestSupport {

    private static final int INVITE = 0;
    private static final int PASSWORD = 1;
    private static final int TELEGRAM = 2;
    private static final int ROLE = 3;
    private static final int DEACTIVATE = 4;
    private static final int REACTIVATE = 0;

    @Autowired
    Team team;

    @Autowired
    DealEdits deals;

    private final OwnTeamMembers own = new OwnTeamMembers();

    @AfterEach
    void retireOwnMembers() {
        own.retire(jdbc);
    }

    private TeamView opened() {
        login("admin", "admin-test-password");
        UI.getCurrent().navigate("team");
        return _get(TeamView.class);
    }

    private TeamMember newRep(String password) {
        String username = Unique.key("painel");
        TeamMember rep = team.create(new TeamMemberDraft(username, "Painel " + username, null, Role.REP, password), "test").member();
        own.add(rep.id());
        return rep;
    }

    private static Button rowButton(TeamView view, TeamMember member, int which) {
        int row = view.grid.getListDataView().getItems().map(TeamMember::id).toList().indexOf(member.id());
        assertThat(row).as("row of " + member.username()).isNotNegative();
        return (Button) _getCellComponent(view.grid, row, TeamView.ACTIONS).getChildren().skip(which).findFirst().orElseThrow();
    }

    private TeamMember stored(TeamMember member) {
        return team.get(member.id());
    }

    @Test
    void addingAMemberWithoutAPasswordShowsTheirInviteLinkOnce() {
        TeamView view = opened();
        String username = Unique.key("novo");

        _click(view.add);
        NewMemberDialog dialog = _get(NewMemberDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.name, "Nova Pessoa");
        _click(dialog.save);

        TeamMember created = team.findByName(username).orElseThrow();
        own.add(created.id());
        assertThat(created.role()).isEqualTo(Role.REP);
        assertThat(created.hasPassword()).isFalse();
        assertThat(view.grid.getListDataView().getItems()).contains(created);
        InviteLinkDialog link = _get(InviteLinkDialog.class);
        assertThat(link.link.text.getValue()).contains("/invite/");
        expectNotifications("Nova Pessoa added.");
    }

    @Test
    void theDialogShowsEachRefusalOnItsField() {
        TeamMember existing = newRep(null);
        TeamView view = opened();

        _click(view.add);
        NewMemberDialog dialog = _get(NewMemberDialog.class);
        _setValue(dialog.username, existing.username());
        _setValue(dialog.name, "Outra");
        _click(dialog.save);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This username is taken.");

        _setValue(dialog.username, Unique.key("curta"));
        _setValue(dialog.access, NewMemberDialog.Access.SET);
        _setValue(dialog.password, "curta");
        _click(dialog.save);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).startsWith("A password has at least 10 characters");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void deactivatingARepWithOpenDealsAsksWhoGetsThemAndReactivatingBringsThemBack() {
        TeamMember leaving = newRep("senha-que-sai-1");
        TeamMember staying = newRep(null);
        long deal = new TestDeals(baseUrl()).newDeal(Unique.email("painel"), "Painel");
        deals.assign(deal, leaving.id(), "test");
        TeamView view = opened();

        _click(rowButton(view, leaving, DEACTIVATE));
        DeactivateDialog dialog = _get(DeactivateDialog.class);
        assertThat(dialog.openDeals).isOne();
        assertThat(dialog.handTo.getValue()).isEqualTo(DeactivateDialog.NOBODY);
        _setValue(dialog.handTo, staying.id());
        _click(dialog.deactivate);

        assertThat(stored(leaving).active()).isFalse();
        assertThat(jdbc.queryForObject("SELECT responsible_user_id FROM deal WHERE id = ?", Long.class, deal)).isEqualTo(staying.id());
        assertThat(jdbc.queryForObject("SELECT actor FROM deal_change WHERE deal_id = ? AND what = 'responsible' ORDER BY id DESC "
                + "LIMIT 1", String.class, deal)).isEqualTo("admin");
        expectNotifications(leaving.displayName() + " deactivated; 1 open deals reassigned.");

        _click(rowButton(view, leaving, REACTIVATE));
        assertThat(stored(leaving).active()).isTrue();
    }

    @Test
    void anAdminSetsAPasswordMakesANewLinkShowsTheTelegramCodeAndChangesTheRole() {
        TeamMember rep = newRep(null);
        TeamView view = opened();

        _click(rowButton(view, rep, PASSWORD));
        SetPasswordDialog password = _get(SetPasswordDialog.class);
        _setValue(password.password, "senha-dada-pelo-admin");
        _click(password.save);
        assertThat(stored(rep).hasPassword()).isTrue();
        login(rep.username(), "senha-dada-pelo-admin");

        login("admin", "admin-test-password");
        _click(rowButton(view, rep, INVITE));
        assertThat(_get(InviteLinkDialog.class).link.text.getValue()).contains("/invite/");
        _get(InviteLinkDialog.class).close();

        _click(rowButton(view, rep, TELEGRAM));
        assertThat(_get(TelegramCodeDialog.class).command.text.getValue()).startsWith("/start link-");
        _get(TelegramCodeDialog.class).close();

        _click(rowButton(view, rep, ROLE));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(stored(rep).role()).isEqualTo(Role.ADMIN);
        team.changeRole(rep.id(), Role.REP, "test");
    }

    @Test
    void anAdminCannotDeactivateThemselvesOrChangeTheirOwnRole() {
        TeamView view = opened();
        TeamMember admin = team.findByName("admin").orElseThrow();

        assertThat(rowButton(view, admin, DEACTIVATE).isEnabled()).isFalse();
        assertThat(rowButton(view, admin, ROLE).isEnabled()).isFalse();
        assertThatThrownBy(() -> team.deactivate(admin.id(), null, "admin")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("yourself");
        assertThat(stored(admin).active()).isTrue();
    }

    @Test
    void speaksPortuguese() {
        login("admin", "admin-test-password");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("team");
        TeamView view = _get(TeamView.class);

        assertThat(view.add.getText()).isEqualTo("Adicionar pessoa");
        assertThat(view.grid.getColumns().get(0).getHeaderText()).isEqualTo("Nome");
        _click(view.add);
        assertThat(_get(NewMemberDialog.class).getHeaderTitle()).isEqualTo("Nova pessoa na equipe");
    }

    @Test
    void aRepCannotOpenTheTeamPage() {
        TeamMember rep = newRep("senha-de-vendedor");
        login(rep.username(), "senha-de-vendedor");
        UI.getCurrent().navigate("team");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TeamView.class)).isEmpty();
    }
}
