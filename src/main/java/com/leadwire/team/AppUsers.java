package com.leadwire.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findByTelegramChatId(long chatId);

    List<AppUser> findByRoleAndActiveTrueOrderByDisplayName(Role role);

    boolean existsByRole(Role role);
}
