package com.leadwire.apikeys;

import java.time.Instant;

/**
 * An API key as admins see it: never the key itself, only its first characters.
 *
 * @param prefix the key's first characters, to tell keys apart
 * @param ownerId the team member whose limits the key carries, or null for a key with its scope only
 * @param owner that member's username
 * @param lastUsedAt when it was last used, to the minute (stored at most once a minute)
 */
public record ApiKeyView(long id, String name, String prefix, ApiKeyScope scope, Long ownerId, String owner, Instant createdAt,
                         Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
