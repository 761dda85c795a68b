package com.leadwire.team;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.ConflictException;
import com.leadwire.shared.NotFoundException;

/** Who is on the team, and the changes to it. */
@Service
@Transactional(readOnly = true)
public class Team {

    private final AppUsers users;
    private final PasswordEncoder passwords;

    Team(AppUsers users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public Optional<TeamMember> findById(long id) {
        return users.findById(id).map(AppUser::view);
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

    public List<TeamMember> everyone() {
        return users.findAll().stream().map(AppUser::view).toList();
    }

    @Transactional
    public TeamMember add(String username, String displayName, String email, Role role, String rawPassword) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new ConflictException("username '" + username + "' is taken");
        }
        String hash = rawPassword == null ? null : passwords.encode(rawPassword);
        return users.save(new AppUser(username, displayName, email, role, hash)).view();
    }

    @Transactional
    public TeamMember linkTelegram(long userId, long chatId) {
        users.findByTelegramChatId(chatId).ifPresent(AppUser::unlinkTelegram);
        users.flush();
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("no team member " + userId));
        user.linkTelegram(chatId);
        return user.view();
    }

    @Transactional
    public TeamMember unlinkTelegram(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("no team member " + userId));
        user.unlinkTelegram();
        return user.view();
    }

    boolean hasAdmin() {
        return users.existsByRole(Role.ADMIN);
    }
}
