package com.leadwire.team;

/**
 * A new team member as an admin enters them.
 *
 * @param password their first password; null: they set it themselves through an invite link
 */
public record TeamMemberDraft(String username, String name, String email, Role role, String password) {
}
