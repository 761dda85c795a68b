package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxSender;
import com.leadwire.outbox.PendingMessage;

/** Without an SMTP host, queued e-mail lands in the in-process dev mailbox, newest first, bounded. */
class DevMailboxTests {

    private final ObjectMapper json = new ObjectMapper();
    private final DevMailbox mailbox = new DevMailbox(new MailProperties("Leadwire <no-reply@leadwire.local>", null, 2), "");
    private final MailOutboxSender sender = new MailOutboxSender(
            new StaticListableBeanFactory().getBeanProvider(JavaMailSenderImpl.class), mailbox, new MailProperties("x@y.zz", null, 2), json,
            event -> { }, new StaticListableBeanFactory().getBeanProvider(MarketingConsent.class));

    private PendingMessage mail(long id, String subject) throws Exception {
        String payload = json.writeValueAsString(new MailContent(List.of("lead@example.com"), List.of(), subject, "Olá", null));
        return new PendingMessage(id, OutboxChannel.MAIL, "key-" + id, "lead@example.com", payload, 1, 7L, 9L, Instant.now());
    }

    @Test
    void mailGoesToTheDevMailboxWhenNoSmtpHostIsSet() throws Exception {
        sender.send(mail(1, "first"));
        sender.send(mail(2, "second"));
        sender.send(mail(3, "third"));

        assertThat(mailbox.inUse()).isTrue();
        assertThat(mailbox.newest()).extracting(DevMailbox.DevMail::subject).containsExactly("third", "second");
        assertThat(mailbox.newest().get(0).idempotencyKey()).isEqualTo("key-3");
        assertThat(mailbox.newest().get(0).dealId()).isEqualTo(7L);
    }

    @Test
    void anUnreadableStoredMailIsAPermanentFailure() {
        PendingMessage broken = new PendingMessage(4, OutboxChannel.MAIL, "key-4", "x", "{not json", 1, null, null, Instant.now());

        assertThatThrownBy(() -> sender.send(broken)).isInstanceOf(OutboxSender.PermanentFailure.class);
        assertThat(mailbox.newest()).isEmpty();
    }
}
