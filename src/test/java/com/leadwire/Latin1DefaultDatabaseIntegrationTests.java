package com.leadwire;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A MariaDB database whose default character set is latin1, as a bare server makes them, still takes the demo flow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mariadb", "mariadb-test"})
class Latin1DefaultDatabaseIntegrationTests {

    private static final String DATABASE = System.getenv().getOrDefault("LEADWIRE_TEST_DB", "leadwire_test") + "_latin1";

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void latin1Database(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET latin1");
        }
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:3306/" + DATABASE);
    }

    @Test
    void thePortugueseDemoFlowIsStoredAsWritten() {
        assertThat(jdbc.queryForObject("SELECT @@character_set_database", String.class)).isEqualTo("utf8mb4");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source WHERE settings LIKE '%Pronto ✔%'", Long.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_template WHERE subject = 'A TRANSFORMAÇÃO ESTÁ A CAMINHO'",
                Long.class)).isPositive();
    }
}
