package com.leadwire.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.team.Team;
import com.leadwire.team.TeamMember;

/**
 * API keys, for the API and the panel alike: random 32-byte tokens, stored as SHA-256 (a fast hash
 * is enough for keys of that entropy, and lets a request be checked by its hash). Requests are
 * checked against the usable keys in memory ({@link ActiveKeys}), never with a query each.
 */
@Service
public class ApiKeys implements ApplicationRunner {

    /** The request header that carries a key. */
    public static final String HEADER = "X-Api-Key";
    public static final int MIN_KEY_LENGTH = 16;
    private static final int MAX_KEY_LENGTH = 200;
    private static final int MAX_NAME = 200;
    private static final int PREFIX_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final ApiKeyRepository keys;
    private final ActiveKeys active;
    private final LastUses lastUses;
    private final Team team;
    private final AuditLog audit;
    private final ApiKeysProperties properties;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, ActiveKeys active, LastUses lastUses, Team team, AuditLog audit, ApiKeysProperties properties,
            Clock clock) {
        this.keys = keys;
        this.active = active;
        this.lastUses = lastUses;
        this.team = team;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A key that was created; the raw value is shown once and never stored. */
    public record CreatedKey(ApiKeyView view, String key) {

        @Override
        public String toString() {
            return "CreatedKey[" + view + "]";
        }
    }

    /**
     * Creates a key with a name, a scope, and optionally an owner on the team whose limits it then
     * carries (an owner must be active).
     */
    @Transactional
    public CreatedKey create(String name, ApiKeyScope scope, Long ownerId, String actor) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "a key needs a name of at most " + MAX_NAME + " characters");
        }
        if (scope == null) {
            throw new InvalidInputException("scope", "scope is one of read, write, admin");
        }
        TeamMember owner = ownerId == null ? null : team.findById(ownerId).filter(TeamMember::active)
                .orElseThrow(() -> new InvalidInputException("ownerId", "no active team member " + ownerId));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String raw = "lw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = store(name.strip(), raw, scope, ownerId);
        ApiKeyView created = key.view(owner == null ? null : owner.username());
        log.info("API key {} '{}' created by {} ({}{})", created.id(), created.name(), actor, scope.spelling(),
                owner == null ? "" : ", owned by " + owner.username());
        audit.record(actor, "api-key.created", AuditLog.subject("api-key", created.id()),
                "'" + created.name() + "', " + scope.spelling() + (owner == null ? "" : ", owned by " + owner.username()));
        return new CreatedKey(created, raw);
    }

    /** Revokes a key: refused on every node within {@code leadwire.api.refresh}, at once on this one. */
    @Transactional
    public ApiKeyView revoke(long id, String actor) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new NotFoundException("no API key " + id));
        if (!key.revoke(clock.instant())) {
            throw new ConflictException("API key " + id + " is revoked already");
        }
        keys.flush();
        active.reloadAfterCommit();
        log.info("API key {} '{}' revoked by {}", id, key.getName(), actor);
        audit.record(actor, "api-key.revoked", AuditLog.subject("api-key", id), "'" + key.getName() + "'");
        return view(key, owners());
    }

    /** Every key, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<ApiKeyView> all() {
        Map<Long, TeamMember> owners = owners();
        return keys.findAllByOrderByIdDesc().stream().map(key -> view(key, owners)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ApiKeyView> find(long id) {
        return keys.findById(id).map(key -> view(key, owners()));
    }

    /**
     * The usable key this raw value is, from memory; its use is marked, to be written later. Not
     * transactional: every API request calls it, and it needs no connection.
     */
    public Optional<AuthenticatedKey> authenticate(String raw) {
        if (raw == null || raw.length() < MIN_KEY_LENGTH || raw.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        AuthenticatedKey key = active.find(sha256(raw));
        if (key == null) {
            return Optional.empty();
        }
        lastUses.mark(key.id());
        return Optional.of(key);
    }

    /** Whether any key can call the API; with none, every API call is answered 401. */
    public boolean anyActive() {
        return keys.existsByActiveTrue();
    }

    /** Stores LEADWIRE_API_KEY (hashed) as the admin key 'initial', once. */
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
            store("initial", initial, ApiKeyScope.ADMIN, null);
            log.info("Stored the API key from LEADWIRE_API_KEY (hashed) as 'initial' with the admin scope");
        }
    }

    private ApiKey store(String name, String raw, ApiKeyScope scope, Long ownerId) {
        ApiKey key = keys.saveAndFlush(new ApiKey(name, raw.substring(0, Math.min(PREFIX_LENGTH, raw.length())), sha256(raw), scope,
                ownerId, clock.instant()));
        active.reloadAfterCommit();
        return key;
    }

    private Map<Long, TeamMember> owners() {
        return team.everyone().stream().collect(Collectors.toMap(TeamMember::id, Function.identity()));
    }

    private static ApiKeyView view(ApiKey key, Map<Long, TeamMember> owners) {
        TeamMember owner = key.getOwnerId() == null ? null : owners.get(key.getOwnerId());
        return key.view(owner == null ? null : owner.username());
    }

    static String sha256(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
