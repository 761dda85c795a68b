package com.leadwire.automation;

import com.leadwire.testsupport.MigrationDatabase;

class RuleMigrationMariaDbIntegrationTests extends RuleMigrationContract {

    @Override
    MigrationDatabase freshDatabase() {
        return MigrationDatabase.mariaDb("rule_migration");
    }
}
