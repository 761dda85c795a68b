package com.leadwire.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that runs the whole app ({@link OnH2} or {@link OnMariaDb}). It wires the
 * app to the JVM-wide servers (real SMTP, the stub Mercado Pago API), so all such tests share
 * two Spring contexts. Tests share the database too: each one makes its own unique data and
 * asserts only on that.
 */
public abstract class IntegrationTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
        registry.add("leadwire.payments.mercadopago.api-base-url", StubMercadoPago::baseUrl);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
