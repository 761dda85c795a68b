package com.leadwire.apikeys;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * The usable keys by hash, in memory: what every API request is checked against, without a query.
 * {@link ApiKeyUpkeep} reloads them every {@code leadwire.api.refresh}, so a key created or revoked on another
 * node counts here within that time; a change on this node reloads at once after its commit. A key
 * whose owner was deactivated is not usable.
 */
@Component
class ActiveKeys {

    private static final Logger log = LoggerFactory.getLogger(ActiveKeys.class);

    private final JdbcTemplate jdbc;
    private final Team team;
    private volatile Map<String, AuthenticatedKey> byHash;

    ActiveKeys(JdbcTemplate jdbc, Team team) {
        this.jdbc = jdbc;
        this.team = team;
    }

    AuthenticatedKey find(String hash) {
        Map<String, AuthenticatedKey> current = byHash;
        if (current == null) {
            current = reload();
        }
        return current.get(hash);
    }

    /** Reloads once the current transaction committed (at once without one). */
    void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    synchronized Map<String, AuthenticatedKey> reload() {
        record Row(String hash, long id, String name, ApiKeyScope scope, Long ownerId) {
        }
        var rows = jdbc.query("SELECT key_hash, id, name, scope, owner_id FROM api_key WHERE active = TRUE",
                (row, i) -> new Row(row.getString(1), row.getLong(2), row.getString(3), ApiKeyScope.valueOf(row.getString(4)),
                        (Long) row.getObject(5, Long.class)));
        Map<Long, TeamMember> owners = rows.stream().anyMatch(row -> row.ownerId() != null)
                ? team.everyone().stream().filter(TeamMember::active).collect(Collectors.toMap(TeamMember::id, Function.identity()))
                : Map.of();
        Map<String, AuthenticatedKey> loaded = rows.stream()
                .filter(row -> row.ownerId() == null || owners.containsKey(row.ownerId()))
                .collect(Collectors.toUnmodifiableMap(Row::hash, row -> new AuthenticatedKey(row.id(), row.name(), row.scope(),
                        row.ownerId() == null ? null : owners.get(row.ownerId()).username())));
        byHash = loaded;
        return loaded;
    }

    void reloadQuietly() {
        try {
            reload();
        } catch (DataAccessException | IllegalStateException e) {
            // the keys loaded last stay in use; the next tick tries again
            log.warn("API keys not reloaded: {}", e.toString());
        }
    }
}
