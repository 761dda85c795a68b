package com.leadwire.mail;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where e-mail goes when no SMTP host is set (the embedded default): the newest messages, kept
 * in memory for the panel to show. Nothing leaves the machine.
 */
@Component
public class DevMailbox {

    /** One e-mail as it would have been sent. */
    public record DevMail(Instant at, List<String> to, List<String> bcc, String subject, String text, String html,
                          String idempotencyKey, Long dealId) {
    }

    private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

    private final Deque<DevMail> newestFirst = new ArrayDeque<>();
    private final int capacity;
    private final boolean inUse;

    DevMailbox(MailProperties properties, @Value("${spring.mail.host:}") String smtpHost) {
        this.capacity = properties.devMailbox();
        this.inUse = smtpHost.isBlank();
    }

    /** True when no SMTP host is set, so e-mail lands here instead of leaving the machine. */
    public boolean inUse() {
        return inUse;
    }

    synchronized void deliver(DevMail mail) {
        log.debug("Dev mailbox: '{}' to {} (deal {})", mail.subject(), String.join(", ", mail.to()), mail.dealId());
        newestFirst.addFirst(mail);
        while (newestFirst.size() > capacity) {
            newestFirst.removeLast();
        }
    }

    public synchronized List<DevMail> newest() {
        return new ArrayList<>(newestFirst);
    }
}
