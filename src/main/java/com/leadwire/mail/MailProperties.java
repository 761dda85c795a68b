package com.leadwire.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * @param from        sender of every e-mail
 * @param teamAddress the sales team's shared address ("team" in rules), optional
 * @param devMailbox  how many e-mails the dev mailbox keeps when no SMTP host is set
 */
@Validated
@ConfigurationProperties("leadwire.mail")
public record MailProperties(@NotBlank String from, String teamAddress, int devMailbox) {

    public MailProperties {
        devMailbox = devMailbox <= 0 ? 200 : devMailbox;
    }
}
