package com.leadwire.privacy;

import org.junit.jupiter.api.AfterEach;

import com.leadwire.testsupport.IntegrationTestSupport;

/** The privacy contracts' base: their fixtures over the running app, whose rules go after each test. */
abstract class PrivacyContractSupport extends IntegrationTestSupport {

    private PrivacyFixtures fixtures;

    /** Made on first use: the app's port is known only once the test instance is injected. */
    PrivacyFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new PrivacyFixtures(baseUrl());
        }
        return fixtures;
    }

    @AfterEach
    void deleteOwnRules() {
        fixtures().deleteRules();
    }
}
