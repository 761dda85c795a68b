package com.leadwire.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * Linking a rep's Telegram chat: the panel or the API creates a one-time code for a team
 * member; the rep sends it to the bot, which links the chat. Codes expire, work once and are
 * stored as SHA-256 hashes.
 */
@Service
public class TelegramLinkCodes {

    private static final Logger log = LoggerFactory.getLogger(TelegramLinkCodes.class);
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final NamedParameterJdbcTemplate jdbc;
    private final Team team;
    private final TelegramProperties properties;
    private final TeamSnapshot snapshot;
    private final SecureRandom random = new SecureRandom();

    TelegramLinkCodes(NamedParameterJdbcTemplate jdbc, Team team, TelegramProperties properties, TeamSnapshot snapshot) {
        this.jdbc = jdbc;
        this.team = team;
        this.properties = properties;
        this.snapshot = snapshot;
    }

    @Transactional
    public TelegramLinkCode create(long userId) {
        TeamMember member = team.findById(userId).filter(TeamMember::active)
                .orElseThrow(() -> new NotFoundException("no active team member " + userId));
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        Instant now = Instant.now();
        Instant expires = now.plus(properties.linkCodeTtl());
        jdbc.update("""
                INSERT INTO telegram_link_code (code_hash, user_id, expires_at, created_at)
                VALUES (:hash, :user, :expires, :now)""", Map.of("hash", hash(code.toString()), "user", member.id(),
                "expires", Timestamp.from(expires), "now", Timestamp.from(now)));
        log.info("Telegram link code created for user {} (expires {})", member.id(), expires);
        return new TelegramLinkCode(member.id(), code.toString(), expires);
    }

    /** Uses the code (once) and links the chat to its team member. */
    @Transactional
    Optional<TeamMember> redeem(String code, long chatId) {
        String hash = hash(code.strip().toUpperCase());
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> users = jdbc.queryForList("""
                SELECT user_id FROM telegram_link_code
                WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now""", Map.of("hash", hash, "now", now), Long.class);
        if (users.isEmpty() || jdbc.update("""
                UPDATE telegram_link_code SET used_at = :now
                WHERE code_hash = :hash AND used_at IS NULL""", Map.of("hash", hash, "now", now)) == 0) {
            log.info("Telegram chat {}: link code refused (unknown, used or expired)", chatId);
            return Optional.empty();
        }
        TeamMember linked = team.linkTelegram(users.get(0), chatId);
        snapshot.changed();
        log.info("Telegram chat {} linked to user {}", chatId, linked.id());
        return Optional.of(linked);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
