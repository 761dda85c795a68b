package com.leadwire.team;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panel logins are the team's active members with a password. A username locked by
 * {@link LoginLockout} answers as a locked account whether or not such a member exists, so the
 * refusal tells nothing about who exists.
 */
@Service
class TeamUserDetailsService implements UserDetailsService {

    private final AppUsers users;
    private final LoginLockout lockout;

    TeamUserDetailsService(AppUsers users, LoginLockout lockout) {
        this.users = users;
        this.lockout = lockout;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        boolean locked = lockout.isLocked(username);
        Optional<AppUser> found = users.findByUsernameIgnoreCase(username).filter(u -> u.isActive() && u.getPasswordHash() != null);
        if (found.isEmpty() && locked) {
            // a password nobody can type: refused as locked, like a member whose login is locked
            return User.withUsername(username).password("{noop}" + UUID.randomUUID()).accountLocked(true).build();
        }
        AppUser user = found.orElseThrow(() -> new UsernameNotFoundException("no active user with that name"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .roles(user.getRole().name())
                .accountLocked(locked)
                .build();
    }
}
