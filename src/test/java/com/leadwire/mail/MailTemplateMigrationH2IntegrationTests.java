package com.leadwire.mail;

import com.leadwire.testsupport.MigrationDatabase;

class MailTemplateMigrationH2IntegrationTests extends MailTemplateMigrationContract {

    @Override
    MigrationDatabase freshDatabase() {
        return MigrationDatabase.h2("template-migration");
    }
}
