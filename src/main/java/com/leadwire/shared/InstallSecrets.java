package com.leadwire.shared;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keys generated once per install (HMAC keys of signed links and buttons), each kept in a one-row
 * table {@code (id, secret, created_at)} of its module: never in the repository, never logged, the
 * same on every node and after every restart. Two nodes starting at once agree on the first one stored.
 */
@Component
public class InstallSecrets {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    InstallSecrets(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // its own transaction: the first use may be inside an intake batch, whose rollback must not drop the key
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The table's secret, generated (32 random bytes, base64url) and stored when it has none. */
    public String of(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return ownTransaction.execute(status -> storedOrNew(table));
    }

    private String storedOrNew(String table) {
        List<String> stored = jdbc.queryForList("SELECT secret FROM " + table + " WHERE id = 1", Map.of(), String.class);
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
        try {
            jdbc.update("INSERT INTO " + table + " (id, secret, created_at) VALUES (1, :secret, :now)",
                    Map.of("secret", secret, "now", Timestamp.from(Instant.now())));
            return secret;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return jdbc.queryForObject("SELECT secret FROM " + table + " WHERE id = 1", Map.of(), String.class);
        }
    }
}
