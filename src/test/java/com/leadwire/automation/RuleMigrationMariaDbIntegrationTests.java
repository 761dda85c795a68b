package com.leadwire.automation;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** On a database of its own beside the test database (LEADWIRE_TEST_DB), dropped first. */
class RuleMigrationMariaDbIntegrationTests extends RuleMigrationContract {

    @Override
    DataSource freshDatabase() {
        String name = System.getenv().getOrDefault("LEADWIRE_TEST_DB", "leadwire_test") + "_rule_migration";
        new JdbcTemplate(server("")).execute("DROP DATABASE IF EXISTS " + name);
        return server(name + "?createDatabaseIfNotExist=true");
    }

    private static DataSource server(String database) {
        return new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), "jdbc:mariadb://127.0.0.1:3306/" + database, "root", "");
    }

    @Override
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration", "classpath:db/callbacks/mariadb"};
    }
}
