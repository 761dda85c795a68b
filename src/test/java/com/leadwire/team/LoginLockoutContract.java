package com.leadwire.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.OwnTeamMembers;
import com.leadwire.testsupport.PanelLogin;
import com.leadwire.testsupport.Unique;

/** Guessing a panel password: the login form over real HTTP, the counts in the database. Run on H2 and on MariaDB. */
abstract class LoginLockoutContract extends IntegrationTestSupport {

    private static final String PASSWORD = "right-password-123";

    @Autowired
    Team team;

    @Autowired
    MovableClock clock;

    private final OwnTeamMembers own = new OwnTeamMembers();

    @AfterEach
    void retireOwnMembers() {
        own.retire(jdbc);
    }

    private String login(String username, String password) {
        return PanelLogin.attempt(baseUrl(), username, password);
    }

    private String newRep() {
        String username = Unique.key("lock");
        own.add(team.create(new TeamMemberDraft(username, "Lock " + username, null, Role.REP, PASSWORD), "test").member().id());
        return username;
    }

    @Test
    void fiveWrongPasswordsLockTheLoginUntilTheBackOffEndsEvenForTheRightPassword() {
        String username = newRep();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(username, "wrong-" + attempt)).endsWith("/login?error");
        }
        assertThat(login(username.toUpperCase(), "wrong-5")).endsWith("/login?error");

        assertThat(login(username, "wrong-6")).endsWith("/login?locked");
        assertThat(login(username, PASSWORD)).endsWith("/login?locked");
        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE username = ? AND locked_until IS NOT NULL", username)).isOne();

        clock.advance(Duration.ofMinutes(16));
        assertThat(PanelLogin.succeeded(login(username, PASSWORD))).isTrue();
        assertThat(count("SELECT COUNT(*) FROM login_failure WHERE username = ?", username)).isZero();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        String username = newRep();
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "wrong-" + attempt);
        }
        assertThat(PanelLogin.succeeded(login(username, PASSWORD))).isTrue();
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(username, "wrong-again-" + attempt);
        }
        assertThat(PanelLogin.succeeded(login(username, PASSWORD))).isTrue();
    }

    @Test
    void anUnknownUsernameIsLockedLikeAnExistingOneSoTheRefusalTellsNothing() {
        String nobody = Unique.key("nobody");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(nobody, "guess-" + attempt)).endsWith("/login?error");
        }
        assertThat(login(nobody, "guess-6")).endsWith("/login?locked");
    }

    @Test
    void aDeactivatedMemberCannotLogIn() {
        String username = newRep();
        long id = team.findByName(username).orElseThrow().id();
        team.deactivate(id, null, "test");

        assertThat(login(username, PASSWORD)).endsWith("/login?error");
        team.reactivate(id, "test");
        assertThat(PanelLogin.succeeded(login(username, PASSWORD))).isTrue();
    }
}
