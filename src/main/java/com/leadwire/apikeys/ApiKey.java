package com.leadwire.apikeys;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An API key, kept only as its SHA-256 hash; the prefix lets an admin tell keys apart. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApiKeyScope scope;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String keyPrefix, String keyHash, ApiKeyScope scope, Long ownerId, Instant createdAt) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.scope = scope;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    /** Stops the key for good; false when it was revoked already. */
    boolean revoke(Instant at) {
        if (!active) {
            return false;
        }
        active = false;
        revokedAt = at;
        return true;
    }

    Long getId() {
        return id;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getName() {
        return name;
    }

    ApiKeyView view(String owner) {
        return new ApiKeyView(id, name, keyPrefix, scope, ownerId, owner, createdAt, lastUsedAt, revokedAt);
    }
}
