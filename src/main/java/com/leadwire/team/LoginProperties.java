package com.leadwire.team;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Panel logins against guessing, and the links that set a password.
 *
 * @param maxFailures wrong passwords in a row for one username before it is locked
 * @param lockout     how long a locked username is refused, even with the right password
 * @param inviteTtl   how long an invite or password-reset link works
 */
@Validated
@ConfigurationProperties("leadwire.login")
record LoginProperties(
        @Min(1) @DefaultValue("5") int maxFailures,
        @NotNull @DefaultValue("15m") Duration lockout,
        @NotNull @DefaultValue("7d") Duration inviteTtl) {
}
