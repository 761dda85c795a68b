package com.leadwire.team;

/**
 * Who does what is being done on this thread, as far as the deals they may see and work go. A rep
 * is restricted to their own deals and unassigned ones; admins, API keys that act for no one, and
 * the system (intake, rules, timers, imports) are not.
 *
 * @param name for logs and history: the username, the key's name, or "system"
 * @param userId the team member acting, null when no one is (a key of its own, the system)
 */
public record Actor(String name, Long userId, boolean restricted) {

    public static final Actor SYSTEM = new Actor("system", null, false);

    /** Whether this actor may see and work a deal with that responsible rep (null: nobody yet). */
    public boolean mayWork(Long responsibleUserId) {
        return !restricted || responsibleUserId == null || responsibleUserId.equals(userId);
    }
}
