package com.leadwire.team;

/** A person on the team as other modules see them. */
public record TeamMember(long id, String username, String displayName, String email, Role role, boolean active,
                         Long telegramChatId, boolean hasPassword) {

    public boolean telegramLinked() {
        return telegramChatId != null;
    }
}
