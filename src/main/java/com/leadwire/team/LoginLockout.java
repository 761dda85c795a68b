package com.leadwire.team;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panel logins against guessing: after {@code leadwire.login.max-failures} wrong passwords in a
 * row a username is locked for {@code leadwire.login.lockout}, whether or not such a user exists
 * (so the refusal tells nothing about who exists). The counts are rows, so every node agrees.
 */
@Component
class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);
    /** The username column's length; a longer name cannot exist, its prefix counts for it. */
    private static final int KEY_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final LoginProperties properties;
    private final Clock clock;

    LoginLockout(JdbcTemplate jdbc, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        List<Timestamp> until = jdbc.queryForList("SELECT locked_until FROM login_failure WHERE username = ?", Timestamp.class,
                key(username));
        return !until.isEmpty() && until.get(0) != null && until.get(0).toInstant().isAfter(clock.instant());
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent failure) {
        String key = key(failure.getAuthentication().getName());
        Instant now = clock.instant();
        Map<String, Object> row = lockedRow(key, now);
        Timestamp lockedUntil = (Timestamp) row.get("locked_until");
        if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
            return; // a wrong password while locked neither counts nor shortens or lengthens the lock
        }
        // a lock set the count back to 0, so after it ends the count starts again
        int failures = ((Number) row.get("failures")).intValue() + 1;
        boolean lockNow = failures >= properties.maxFailures();
        Instant until = lockNow ? now.plus(properties.lockout()) : null;
        jdbc.update("UPDATE login_failure SET failures = ?, locked_until = ?, last_failure_at = ? WHERE username = ?",
                lockNow ? 0 : failures, until == null ? null : Timestamp.from(until), Timestamp.from(now), key);
        if (lockNow) {
            log.warn("Login '{}' locked until {} after {} failed attempts", key, until, failures);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        jdbc.update("DELETE FROM login_failure WHERE username = ?", key(success.getAuthentication().getName()));
    }

    /** The username's row, locked for this transaction; created with no failures when it is the first. */
    private Map<String, Object> lockedRow(String key, Instant now) {
        String select = "SELECT failures, locked_until FROM login_failure WHERE username = ? FOR UPDATE";
        List<Map<String, Object>> rows = jdbc.queryForList(select, key);
        if (!rows.isEmpty()) {
            return rows.get(0);
        }
        try {
            jdbc.update("INSERT INTO login_failure (username, failures, last_failure_at) VALUES (?, 0, ?)", key, Timestamp.from(now));
        } catch (DuplicateKeyException firstFailureCountedMeanwhile) {
            // another request (or node) inserted the row since the select; it is locked below
        }
        return jdbc.queryForList(select, key).get(0);
    }

    private static String key(String username) {
        String lower = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return lower.length() > KEY_LENGTH ? lower.substring(0, KEY_LENGTH) : lower;
    }
}
