package com.leadwire.team;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.audit.AuditLog;
import com.leadwire.contacts.EmailAddress;
import com.leadwire.shared.ConflictException;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/**
 * Who is on the team, and the changes to it: the panel's team page and {@code /api/v1/team} both
 * come here ({@link TeamPasswords} for passwords). Passwords are only ever stored hashed and never logged.
 */
@Service
@Transactional(readOnly = true)
public class Team {

    private static final Logger log = LoggerFactory.getLogger(Team.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final int MAX_NAME = 200;

    private final AppUsers users;
    private final PasswordEncoder passwords;
    private final InviteLinks invites;
    private final AuditLog audit;
    /** A provider: the pipeline's answer needs the team itself to check whom deals may go to. */
    private final ObjectProvider<OpenDeals> openDeals;

    Team(AppUsers users, PasswordEncoder passwords, InviteLinks invites, AuditLog audit, ObjectProvider<OpenDeals> openDeals) {
        this.users = users;
        this.passwords = passwords;
        this.invites = invites;
        this.audit = audit;
        this.openDeals = openDeals;
    }

    public Optional<TeamMember> findById(long id) {
        return users.findById(id).map(AppUser::view);
    }

    public TeamMember get(long id) {
        return require(id).view();
    }

    /** A rep by username or display name, as forms name the responsible person. */
    public Optional<TeamMember> findByName(String usernameOrDisplayName) {
        return users.findByUsernameIgnoreCase(usernameOrDisplayName).or(() -> users.findAll().stream()
                        .filter(user -> user.view().displayName().equalsIgnoreCase(usernameOrDisplayName)).findFirst())
                .map(AppUser::view);
    }

    public Optional<TeamMember> findByTelegramChat(long chatId) {
        return users.findByTelegramChatId(chatId).map(AppUser::view);
    }

    public List<TeamMember> reps() {
        return users.findByRoleAndActiveTrueOrderByDisplayName(Role.REP).stream().map(AppUser::view).toList();
    }

    /** The active admins, who may use every part of the panel. */
    public List<TeamMember> admins() {
        return users.findByRoleAndActiveTrueOrderByDisplayName(Role.ADMIN).stream().map(AppUser::view).toList();
    }

    /** Everyone, active or not, by name. */
    public List<TeamMember> everyone() {
        return users.findAll().stream().map(AppUser::view)
                .sorted(Comparator.comparing((TeamMember member) -> member.displayName().toLowerCase(Locale.ROOT))
                        .thenComparing(TeamMember::id))
                .toList();
    }

    /** Adds a member as set up by the app itself (first admin, demo data): no checks of the password's strength. */
    @Transactional
    public TeamMember add(String username, String displayName, String email, Role role, String rawPassword) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new ConflictException("username '" + username + "' is taken");
        }
        String hash = rawPassword == null ? null : passwords.encode(rawPassword);
        return users.saveAndFlush(new AppUser(username, displayName, email, role, hash)).view();
    }

    /** An admin adds someone: with a password, or with an invite link for them to set one. */
    @Transactional
    public CreatedMember create(TeamMemberDraft draft, String actor) {
        String username = checkedUsername(draft.username());
        String name = checkedName(draft.name());
        String email = checkedEmail(draft.email());
        if (draft.role() == null) {
            throw new InvalidInputException("role", "Choose a role: REP or ADMIN.");
        }
        if (draft.password() != null) {
            PasswordRule.check("password", draft.password());
        }
        TeamMember member = add(username, name, email, draft.role(), draft.password());
        Optional<Invite> invite = draft.password() == null ? Optional.of(invites.create(member.id())) : Optional.empty();
        log.info("Team member {} '{}' ({}) added by {}{}", member.id(), username, draft.role(), actor,
                invite.isPresent() ? ", invite link valid until " + invite.get().expiresAt() : "");
        audit.record(actor, "team.member-added", subject(member.id()), "'" + username + "' as " + draft.role()
                + (invite.isPresent() ? ", with an invite link" : ", with a password"));
        return new CreatedMember(member, invite);
    }

    /** The open deals the member is responsible for, which must go somewhere before they leave. */
    public long openDeals(long id) {
        require(id);
        return openDeals.getObject().countOf(id);
    }

    /**
     * The member can no longer log in, get deals by round-robin or be chosen as responsible.
     * Their open deals go where {@code handover} says, each recorded in the deal's history;
     * without a handover (null) a member with open deals is refused.
     */
    @Transactional
    public TeamMember deactivate(long id, DealHandover handover, String actor) {
        AppUser user = require(id);
        if (!user.isActive()) {
            return user.view();
        }
        if (user.getUsername().equalsIgnoreCase(actor)) {
            throw new ConflictException("You cannot deactivate yourself; another admin can.");
        }
        refuseLastAdmin(user, "deactivated");
        long open = openDeals.getObject().countOf(id);
        if (open > 0 && handover == null) {
            throw new ConflictException(user.getUsername() + " has " + open + " open deals: say where they go (reassignTo: another "
                    + "active member's id, or null for nobody).");
        }
        int handedOver = 0;
        if (open > 0) {
            Long to = handover.toUserId();
            if (to != null && (to == id || findById(to).filter(TeamMember::active).isEmpty())) {
                throw new InvalidInputException("reassignTo", "Deals go to another active team member, or to nobody (null); "
                        + to + " is not one.");
            }
            handedOver = openDeals.getObject().handOver(id, to, actor);
        }
        user.deactivate();
        invites.dropUnused(id);
        String to = handover == null || handover.toUserId() == null ? "nobody" : "user " + handover.toUserId();
        log.info("Team member {} deactivated by {}; {} open deals handed to {}", id, actor, handedOver, to);
        audit.record(actor, "team.member-deactivated", subject(id), "'" + user.getUsername() + "'; " + handedOver
                + " open deals to " + to);
        return user.view();
    }

    @Transactional
    public TeamMember reactivate(long id, String actor) {
        AppUser user = require(id);
        if (!user.isActive()) {
            user.reactivate();
            log.info("Team member {} reactivated by {}", id, actor);
            audit.record(actor, "team.member-reactivated", subject(id), "'" + user.getUsername() + "'");
        }
        return user.view();
    }

    @Transactional
    public TeamMember changeRole(long id, Role role, String actor) {
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role: REP or ADMIN.");
        }
        AppUser user = require(id);
        if (user.getRole() != role) {
            refuseLastAdmin(user, "made a rep");
            Role before = user.getRole();
            user.changeRole(role);
            log.info("Team member {} is now {} (changed by {})", id, role, actor);
            audit.record(actor, "team.role-changed", subject(id), "'" + user.getUsername() + "': " + before + " → " + role);
        }
        return user.view();
    }

    @Transactional
    public TeamMember linkTelegram(long userId, long chatId) {
        users.findByTelegramChatId(chatId).ifPresent(AppUser::unlinkTelegram);
        users.flush();
        AppUser user = require(userId);
        user.linkTelegram(chatId);
        return user.view();
    }

    @Transactional
    public TeamMember unlinkTelegram(long userId) {
        AppUser user = require(userId);
        user.unlinkTelegram();
        return user.view();
    }

    /** How the audit log names a team member. */
    static String subject(long id) {
        return AuditLog.subject("user", id);
    }

    boolean hasAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    private AppUser require(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("no team member " + id));
    }

    /** Someone must stay able to run the panel. */
    private void refuseLastAdmin(AppUser user, String what) {
        if (user.getRole() == Role.ADMIN && user.isActive() && admins().size() <= 1) {
            throw new ConflictException(user.getUsername() + " is the last active admin and cannot be " + what + ".");
        }
    }

    private static String checkedUsername(String username) {
        String stripped = username == null ? "" : username.strip();
        if (!USERNAME.matcher(stripped).matches()) {
            throw new InvalidInputException("username", "A username has 1 to 100 letters, digits and . _ @ -, starting with a letter "
                    + "or digit.");
        }
        return stripped;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new InvalidInputException("name", "A name has 1 to " + MAX_NAME + " characters.");
        }
        return stripped;
    }

    private static String checkedEmail(String email) {
        String stripped = email == null ? "" : email.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return EmailAddress.parse(stripped).value();
    }
}
