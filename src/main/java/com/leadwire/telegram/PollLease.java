package com.leadwire.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row that lets exactly one node do something for a bot token (long-poll it, send its
 * messages): the holder renews it; another node takes it only once it has expired (its holder
 * stopped or died).
 */
@Component
class PollLease {

    private final NamedParameterJdbcTemplate jdbc;

    PollLease(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A name for this node as a lease owner: its host and a random part, new at every start. */
    static String newOwner() {
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + UUID.randomUUID();
        } catch (IOException e) {
            return "node:" + UUID.randomUUID();
        }
    }

    /** Takes or renews the lease for {@code owner}; false while another owner holds it. */
    boolean hold(String bot, String owner, java.time.Duration length) {
        Instant now = Instant.now();
        Map<String, Object> row = Map.of("bot", bot, "owner", owner, "now", Timestamp.from(now),
                "expires", Timestamp.from(now.plus(length)));
        int renewed = jdbc.update("""
                UPDATE telegram_poll_lease SET owner = :owner, expires_at = :expires
                WHERE bot = :bot AND (owner = :owner OR expires_at < :now)""", row);
        if (renewed == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO telegram_poll_lease (bot, owner, expires_at) VALUES (:bot, :owner, :expires)", row) == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release(String bot, String owner) {
        jdbc.update("UPDATE telegram_poll_lease SET expires_at = :now WHERE bot = :bot AND owner = :owner",
                Map.of("bot", bot, "owner", owner, "now", Timestamp.from(Instant.now())));
    }
}
