package com.leadwire.mail;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.leadwire.testsupport.Unique;

class MailTemplateMigrationH2IntegrationTests extends MailTemplateMigrationContract {

    @Override
    DataSource freshDatabase() {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + Unique.key("template-migration")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
    }

    @Override
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration"};
    }
}
