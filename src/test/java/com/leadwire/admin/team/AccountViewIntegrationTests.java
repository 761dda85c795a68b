package com.leadwire.admin.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.team.CreatedMember;
import com.leadwire.team.Role;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMemberDraft;
import com.leadwire.testsupport.OnH2;
import com.leadwire.testsupport.OwnTeamMembers;
import com.leadwire.testsupport.PanelTestSupport;
import com.leadwire.testsupport.Unique;
import com.vaadin.flow.component.UI;

/** A person's own password (My account), and the page an invite link opens. */
@OnH2
class AccountViewIntegrationTests extends PanelTestSupport {

    @Autowired
    Team team;

    private final OwnTeamMembers own = new OwnTeamMembers();

    @AfterEach
    void retireOwnMembers() {
        own.retire(jdbc);
    }

    private String newRep(String password) {
        String username = Unique.key("conta");
        own.add(team.create(new TeamMemberDraft(username, "Conta " + username, null, Role.REP, password), "test").member().id());
        return username;
    }

    private AccountView opened(String username, String password) {
        login(username, password);
        UI.getCurrent().navigate("account");
        return _get(AccountView.class);
    }

    @Test
    void aRepChangesTheirOwnPasswordWithTheCurrentOne() {
        String username = newRep("senha-antiga-1");
        AccountView view = opened(username, "senha-antiga-1");

        _setValue(view.current, "senha-errada-1");
        _setValue(view.next.password, "senha-nova-123");
        _setValue(view.next.repeat, "senha-nova-123");
        _click(view.save);
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not right.");

        _setValue(view.current, "senha-antiga-1");
        _setValue(view.next.repeat, "senha-nova-124");
        _click(view.save);
        assertThat(view.next.repeat.isInvalid()).isTrue();

        _setValue(view.next.repeat, "senha-nova-123");
        _click(view.save);
        expectNotifications("Your password is changed. Use the new one next time you log in.");
        login(username, "senha-nova-123");
        assertThatThrownBy(() -> login(username, "senha-antiga-1")).isInstanceOf(AssertionError.class);
    }

    @Test
    void aTooShortNewPasswordIsRefusedWithTheRule() {
        String username = newRep("senha-antiga-2");
        AccountView view = opened(username, "senha-antiga-2");

        _setValue(view.current, "senha-antiga-2");
        _setValue(view.next.password, "curta");
        _setValue(view.next.repeat, "curta");
        _click(view.save);

        assertThat(view.next.password.isInvalid()).isTrue();
        assertThat(view.next.password.getErrorMessage()).startsWith("A password has at least 10 characters");
    }

    @Test
    void speaksPortuguese() {
        String username = newRep("senha-antiga-3");
        login(username, "senha-antiga-3");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate("account");
        AccountView view = _get(AccountView.class);

        assertThat(view.save.getText()).isEqualTo("Trocar senha");
        assertThat(view.current.getLabel()).isEqualTo("Senha atual");
        _setValue(view.current, "errada-errada");
        _setValue(view.next.password, "senha-nova-123");
        _setValue(view.next.repeat, "senha-nova-123");
        _click(view.save);
        assertThat(view.current.getErrorMessage()).isEqualTo("A senha atual não confere.");
    }

    @Test
    void anInviteLinkOpensWithoutALoginSetsThePasswordOnceAndThenSaysItIsUsed() {
        String username = Unique.key("convite");
        CreatedMember created = team.create(new TeamMemberDraft(username, "Convidada", null, Role.REP, null), "test");
        own.add(created.member().id());
        String path = created.invite().orElseThrow().path().substring(1);

        UI.getCurrent().navigate(path);
        WelcomeView welcome = _get(WelcomeView.class);
        assertThat(welcome.message.getText()).contains("Convidada").contains(username);
        _setValue(welcome.password.password, "minha-senha-123");
        _setValue(welcome.password.repeat, "minha-senha-123");
        _click(welcome.save);
        assertThat(welcome.message.getText()).isEqualTo("Your password is set. You can log in now.");
        assertThat(welcome.login.isVisible()).isTrue();
        login(username, "minha-senha-123");

        UI.getCurrent().setLocale(Locale.forLanguageTag("pt-BR"));
        UI.getCurrent().navigate(path);
        WelcomeView again = _get(WelcomeView.class);
        assertThat(again.message.getText()).startsWith("Este link é desconhecido, já foi usado ou expirou.");
        assertThat(again.save.isVisible()).isFalse();
    }
}
