package com.leadwire.team;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the admin login on the first start. A generated password is the one secret Leadwire
 * ever prints, once, so that a fresh install can be logged into.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Team team;
    private final AdminProperties properties;

    FirstAdmin(Team team, AdminProperties properties) {
        this.team = team;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (team.hasAdmin()) {
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? randomPassword() : properties.password();
        team.add(properties.username(), "Administrator", null, Role.ADMIN, password);
        if (generated) {
            log.warn("First start: created admin login '{}' with password '{}' (shown only this once; change it in the panel)",
                    properties.username(), password);
        } else {
            log.info("First start: created admin login '{}' with the password from LEADWIRE_ADMIN_PASSWORD", properties.username());
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
