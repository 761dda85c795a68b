package com.leadwire.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless panel tests (Karibu-Testing) inside the running app's Spring context. Logging in
 * checks the real user table and password hash, then puts the user in the security context.
 */
public abstract class PanelTestSupport extends IntegrationTestSupport {

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverViews() {
        KaribuPanel.routes();
    }

    @BeforeEach
    void startVaadin() {
        KaribuPanel.start(context);
    }

    @AfterEach
    void stopVaadin() {
        KaribuPanel.stop();
    }

    /** Logs in like the login form would; fails the test if the password is wrong. */
    protected void login(String username, String password) {
        KaribuPanel.login(context, username, password);
    }
}
