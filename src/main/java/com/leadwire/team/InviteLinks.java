package com.leadwire.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows behind invite links: a random token, stored as its SHA-256, that works once and
 * until it expires. A member has at most one working link: a new one replaces the old.
 */
@Component
class InviteLinks {

    private static final int TOKEN_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final LoginProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InviteLinks(JdbcTemplate jdbc, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    Invite create(long userId) {
        dropUnused(userId);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.inviteTtl());
        jdbc.update("INSERT INTO team_invite (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)",
                hash(token), userId, Timestamp.from(expires), Timestamp.from(now));
        return new Invite(userId, token, expires);
    }

    /** The member a link is for, while it works (unused, not expired). */
    Optional<Long> holder(String token) {
        List<Long> users = jdbc.queryForList("SELECT user_id FROM team_invite WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                Long.class, hash(token), Timestamp.from(clock.instant()));
        return users.stream().findFirst();
    }

    /** Marks the link used; false when it was not working any more (used meanwhile, expired, unknown). */
    boolean use(String token) {
        Instant now = clock.instant();
        return jdbc.update("UPDATE team_invite SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                Timestamp.from(now), hash(token), Timestamp.from(now)) == 1;
    }

    void dropUnused(long userId) {
        jdbc.update("DELETE FROM team_invite WHERE user_id = ? AND used_at IS NULL", userId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
