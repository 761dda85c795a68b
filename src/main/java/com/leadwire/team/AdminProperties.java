package com.leadwire.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/** The first-start admin: username, and a password (blank = generate one and print it once). */
@Validated
@ConfigurationProperties("leadwire.admin")
record AdminProperties(@NotBlank String username, String password) {
}
