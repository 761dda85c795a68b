package com.leadwire.mail;

import com.leadwire.testsupport.MigrationDatabase;

class MailTemplateMigrationMariaDbIntegrationTests extends MailTemplateMigrationContract {

    @Override
    MigrationDatabase freshDatabase() {
        return MigrationDatabase.mariaDb("template_migration");
    }
}
