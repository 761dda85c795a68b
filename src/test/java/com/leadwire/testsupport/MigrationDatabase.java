package com.leadwire.testsupport;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An empty database of its own for a migration test, to migrate step by step: the rows of
 * before a migration must exist when it runs, which the shared test databases cannot give.
 */
public record MigrationDatabase(DataSource dataSource, String... locations) {

    /** An in-memory H2 in MariaDB mode, as the embedded default runs. */
    public static MigrationDatabase h2(String name) {
        return new MigrationDatabase(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + Unique.key(name)
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1"), "classpath:db/migration");
    }

    /** A MariaDB database beside the test database (LEADWIRE_TEST_DB) named with {@code suffix}, dropped first. */
    public static MigrationDatabase mariaDb(String suffix) {
        String name = System.getenv().getOrDefault("LEADWIRE_TEST_DB", "leadwire_test") + "_" + suffix;
        new JdbcTemplate(mariaDbServer("")).execute("DROP DATABASE IF EXISTS " + name);
        return new MigrationDatabase(mariaDbServer(name + "?createDatabaseIfNotExist=true"), "classpath:db/migration",
                "classpath:db/callbacks/mariadb");
    }

    /** Migrates up to {@code target} (a version, or "latest"). */
    public void migrateTo(String target) {
        Flyway.configure().dataSource(dataSource).locations(locations).target(target).load().migrate();
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    private static DataSource mariaDbServer(String database) {
        return new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), "jdbc:mariadb://127.0.0.1:3306/" + database, "root", "");
    }
}
