package com.leadwire.team;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * Team members' passwords: one-time links to set one (invites and resets), an admin setting one,
 * and a person changing their own. Stored hashed only, never logged.
 */
@Service
@Transactional(readOnly = true)
public class TeamPasswords {

    private static final Logger log = LoggerFactory.getLogger(TeamPasswords.class);
    private static final String LINK_NOT_WORKING = "This link is unknown, used or expired. Ask an admin for a new one.";

    private final AppUsers users;
    private final PasswordEncoder passwords;
    private final InviteLinks invites;
    private final AuditLog audit;

    TeamPasswords(AppUsers users, PasswordEncoder passwords, InviteLinks invites, AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.invites = invites;
        this.audit = audit;
    }

    /** A new one-time link for the member to set their password (an invite, or a reset); an earlier unused link stops working. */
    @Transactional
    public Invite invite(long id, String actor) {
        AppUser user = requireActive(id);
        Invite invite = invites.create(user.getId());
        log.info("Password link for team member {} created by {}, valid until {}", id, actor, invite.expiresAt());
        audit.record(actor, "team.password-link-created", Team.subject(id), "'" + user.getUsername() + "', valid until "
                + invite.expiresAt());
        return invite;
    }

    /** An admin sets the member's password. */
    @Transactional
    public TeamMember setPassword(long id, String password, String actor) {
        PasswordRule.check("password", password);
        AppUser user = require(id);
        user.changePassword(passwords.encode(password));
        invites.dropUnused(id);
        log.info("Password of team member {} set by {}", id, actor);
        audit.record(actor, "team.password-set", Team.subject(id), "'" + user.getUsername() + "'");
        return user.view();
    }

    /** Whom a link is for, while it works. */
    public Optional<TeamMember> invitee(String token) {
        return invites.holder(token).flatMap(users::findById).filter(AppUser::isActive).map(AppUser::view);
    }

    /** The person with the link sets their password; the link then stops working. */
    @Transactional
    public TeamMember acceptInvite(String token, String password) {
        PasswordRule.check("password", password);
        AppUser user = invites.holder(token).flatMap(users::findById).filter(AppUser::isActive)
                .orElseThrow(() -> new NotFoundException(LINK_NOT_WORKING));
        if (!invites.use(token)) {
            throw new NotFoundException(LINK_NOT_WORKING);
        }
        user.changePassword(passwords.encode(password));
        log.info("Team member {} set their password with a one-time link", user.getId());
        return user.view();
    }

    /** Someone logged in changes their own password, proving it is them with the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsernameIgnoreCase(username).filter(AppUser::isActive)
                .orElseThrow(() -> new NotFoundException("no active team member '" + username + "'"));
        if (currentPassword == null || user.getPasswordHash() == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not right.");
        }
        PasswordRule.check("newPassword", newPassword);
        user.changePassword(passwords.encode(newPassword));
        log.info("Team member {} changed their own password", user.getId());
    }

    private AppUser require(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("no team member " + id));
    }

    private AppUser requireActive(long id) {
        AppUser user = require(id);
        if (!user.isActive()) {
            throw new ConflictException("team member " + id + " is deactivated; reactivate them first");
        }
        return user;
    }
}
