package com.leadwire.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deal-card button data: {@code <action>:<deal>:<stage>:<argument>:<signature>} (ids in base 36),
 * well under Telegram's 64 bytes. The signature is an HMAC over the chat and all the rest, so a
 * press cannot be forged or replayed in another chat or for another deal, action or stage.
 * The key is {@code leadwire.telegram.callback-key}, else one generated once per install.
 */
@Component
class CardSigner {

    static final String PREFIX = "c:";
    private static final int SIGNATURE_CHARS = 11;

    private final TelegramProperties properties;
    private final NamedParameterJdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private volatile byte[] key;

    CardSigner(TelegramProperties properties, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    String sign(long chatId, CardPress press) {
        String body = press.action().code + ":" + Long.toString(press.dealId(), 36) + ":" + Long.toString(press.stageId(), 36)
                + ":" + press.argument();
        return PREFIX + body + ":" + signature(chatId, body);
    }

    /** The press, when the data is well-formed and signed for this chat; otherwise empty. */
    Optional<CardPress> verify(long chatId, String data) {
        if (data == null || !data.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = data.substring(PREFIX.length());
        int lastColon = rest.lastIndexOf(':');
        if (lastColon < 0) {
            return Optional.empty();
        }
        String body = rest.substring(0, lastColon);
        byte[] expected = signature(chatId, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, rest.substring(lastColon + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = body.split(":", -1);
        CardPress.Action action = parts.length == 4 ? CardPress.Action.of(parts[0]) : null;
        if (action == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CardPress(action, Long.parseLong(parts[1], 36), Long.parseLong(parts[2], 36), parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(long chatId, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((chatId + "|" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            String configured = properties.callbackKey();
            key = (configured != null && !configured.isBlank() ? configured : installKeyCommitted()).getBytes(StandardCharsets.UTF_8);
        }
        return key;
    }

    /** In its own transaction: the first card is signed inside an intake batch, whose rollback must not drop the key. */
    private String installKeyCommitted() {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> installKey(jdbc));
    }

    private static String installKey(NamedParameterJdbcTemplate jdbc) {
        List<String> stored = jdbc.queryForList("SELECT secret FROM telegram_callback_key WHERE id = 1", Map.of(), String.class);
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
        try {
            jdbc.update("INSERT INTO telegram_callback_key (id, secret, created_at) VALUES (1, :secret, :now)",
                    Map.of("secret", secret, "now", Timestamp.from(Instant.now())));
            return secret;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return jdbc.queryForObject("SELECT secret FROM telegram_callback_key WHERE id = 1", Map.of(), String.class);
        }
    }
}
