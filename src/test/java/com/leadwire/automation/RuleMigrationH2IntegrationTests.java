package com.leadwire.automation;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.leadwire.testsupport.Unique;

class RuleMigrationH2IntegrationTests extends RuleMigrationContract {

    @Override
    DataSource freshDatabase() {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + Unique.key("rule-migration")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
    }

    @Override
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration"};
    }
}
