package com.leadwire.automation;

import com.leadwire.testsupport.MigrationDatabase;

class RuleMigrationH2IntegrationTests extends RuleMigrationContract {

    @Override
    MigrationDatabase freshDatabase() {
        return MigrationDatabase.h2("rule-migration");
    }
}
