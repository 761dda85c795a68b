package com.leadwire.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: random 32-byte tokens, stored as SHA-256 (a fast hash is enough for keys of that
 * entropy, and lets a request be checked by an indexed lookup). Checked keys are cached by hash
 * so the hot path does not query per request.
 */
@Service
public class ApiKeys implements ApplicationRunner {

    /** The request header that carries a key. */
    public static final String HEADER = "X-Api-Key";
    public static final int MIN_KEY_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final ApiKeyRepository keys;
    private final ApiProperties properties;
    private final Map<String, String> nameByHash = new ConcurrentHashMap<>();

    ApiKeys(ApiKeyRepository keys, ApiProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    /** A key that was created; the raw value is shown to the admin once and never stored. */
    public record CreatedKey(String name, String key) {
    }

    @Transactional
    public CreatedKey create(String name) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String raw = "lw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        store(name, raw);
        return new CreatedKey(name, raw);
    }

    /**
     * The key's name when the raw key is a known active key. Not transactional: a cached key
     * needs no connection, and a miss reads through the repository's own read-only transaction.
     */
    public Optional<String> authenticate(String raw) {
        if (raw == null || raw.length() < MIN_KEY_LENGTH || raw.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(raw);
        String cached = nameByHash.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> name = keys.findByKeyHash(hash).filter(ApiKey::isActive).map(ApiKey::getName);
        name.ifPresent(found -> nameByHash.put(hash, found));
        return name;
    }

    /** Whether any key can call the API; with none, every API call is answered 401. */
    public boolean anyActive() {
        return keys.existsByActiveTrue();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String initial = properties.initialKey();
        if (initial == null || initial.isBlank()) {
            return;
        }
        if (initial.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("LEADWIRE_API_KEY must have at least " + MIN_KEY_LENGTH + " characters");
        }
        if (keys.findByKeyHash(sha256(initial)).isEmpty()) {
            store("initial", initial);
            log.info("Stored the API key from LEADWIRE_API_KEY (hashed) as 'initial'");
        }
    }

    private void store(String name, String raw) {
        keys.save(new ApiKey(name, raw.substring(0, Math.min(8, raw.length())), sha256(raw)));
    }

    static String sha256(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
