package com.leadwire.automation.sequences;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** On MariaDB: a database of its own beside the test database (LEADWIRE_TEST_DB), dropped first. */
class FollowUpRestartMariaDbIntegrationTests extends FollowUpRestartContract {

    private static final String DATABASE = System.getenv().getOrDefault("LEADWIRE_TEST_DB", "leadwire_test") + "_restart";

    @BeforeAll
    static void emptyDatabase() {
        new JdbcTemplate(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), "jdbc:mariadb://127.0.0.1:3306/", "root", ""))
                .execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.profiles.active=mariadb",
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/" + DATABASE + "?createDatabaseIfNotExist=true");
    }
}
