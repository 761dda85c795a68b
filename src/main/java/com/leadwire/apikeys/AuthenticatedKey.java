package com.leadwire.apikeys;

/**
 * A key a request was authenticated with.
 *
 * @param owner the username of the team member the key acts for, or null
 */
public record AuthenticatedKey(long id, String name, ApiKeyScope scope, String owner) {
}
