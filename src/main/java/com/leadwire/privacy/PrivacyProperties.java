package com.leadwire.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/** @param publicUrl this app as e-mail readers reach it: unsubscribe links are {@code <publicUrl>/unsubscribe/<token>} */
@Validated
@ConfigurationProperties("leadwire.privacy")
public record PrivacyProperties(@NotBlank String publicUrl) {
}
