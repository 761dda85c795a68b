package com.leadwire.team;

import java.time.Instant;

/**
 * A one-time link with which a team member sets their password. The token is shown to the admin
 * once (in {@link #path()}); only its hash is stored.
 */
public record Invite(long userId, String token, Instant expiresAt) {

    public static final String PATH_PREFIX = "/invite/";

    /** The panel page of the link, to be put after the app's address. */
    public String path() {
        return PATH_PREFIX + token;
    }

    @Override
    public String toString() {
        return "Invite[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
