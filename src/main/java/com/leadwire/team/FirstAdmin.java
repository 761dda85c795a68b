package com.leadwire.team;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The admin login of a fresh install. A generated password is the one secret Leadwire ever
 * prints, once, so that a fresh install can be logged into; it is handed to the caller and kept
 * nowhere else.
 */
@Component
public class FirstAdmin {

    private final Team team;
    private final AdminProperties properties;

    FirstAdmin(Team team, AdminProperties properties) {
        this.team = team;
        this.properties = properties;
    }

    /** The admin login just created; {@code generatedPassword} is null when the password came from the settings. */
    public record Created(String username, String generatedPassword) {

        public boolean generated() {
            return generatedPassword != null;
        }

        @Override
        public String toString() {
            return "Created[username=" + username + ", generated=" + generated() + "]";
        }
    }

    /** Creates the admin login from {@code leadwire.admin.*} when the team has no admin yet. */
    public Optional<Created> createIfNone() {
        if (team.hasAdmin()) {
            return Optional.empty();
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? randomPassword() : properties.password();
        team.add(properties.username(), "Administrator", null, Role.ADMIN, password);
        return Optional.of(new Created(properties.username(), generated ? password : null));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
