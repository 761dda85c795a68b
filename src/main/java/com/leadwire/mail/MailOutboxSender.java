package com.leadwire.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxSender;
import com.leadwire.outbox.PendingMessage;

/**
 * Sends queued e-mails over SMTP (Spring Mail), or into the {@link DevMailbox} when
 * {@code spring.mail.host} is empty. Each message carries its outbox idempotency key in the
 * {@value #KEY_HEADER} header, so a repeat of an at-least-once delivery can be recognised. What
 * became of each e-mail is published as a {@link MailOutcome}.
 */
@Component
class MailOutboxSender implements OutboxSender, DisposableBean {

    static final String KEY_HEADER = "X-Leadwire-Key";
    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    /** RFC 8058: the mail client may unsubscribe with one POST of this body to the List-Unsubscribe URL. */
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";
    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final ObjectProvider<JavaMailSenderImpl> smtp;
    private volatile SmtpConnections connections;
    private final DevMailbox devMailbox;
    private final MailProperties properties;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<MarketingConsent> consent;

    MailOutboxSender(ObjectProvider<JavaMailSenderImpl> smtp, DevMailbox devMailbox, MailProperties properties, ObjectMapper json,
                     ApplicationEventPublisher events, ObjectProvider<MarketingConsent> consent) {
        this.smtp = smtp;
        this.events = events;
        this.consent = consent;
        this.devMailbox = devMailbox;
        this.properties = properties;
        this.json = json;
        if (devMailbox.inUse()) {
            log.info("No SMTP host set (spring.mail.host): e-mail goes to the dev mailbox shown in the panel");
        }
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.MAIL;
    }

    @Override
    public void send(PendingMessage message) throws MessagingException {
        MailContent content = read(message);
        if (devMailbox.inUse()) {
            devMailbox.deliver(new DevMailbox.DevMail(Instant.now(), content.to(), content.bcc(), content.subject(), content.text(),
                    content.html(), message.idempotencyKey(), message.dealId()));
            sent(message);
            return;
        }
        SmtpConnections server = connections();
        MimeMessage mime = server.newMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(content.to().toArray(String[]::new));
            if (!content.bcc().isEmpty()) {
                helper.setBcc(content.bcc().toArray(String[]::new));
            }
            helper.setSubject(content.subject());
            setBody(mime, helper, content);
            mime.setHeader(KEY_HEADER, message.idempotencyKey());
            if (content.unsubscribeUrl() != null) {
                mime.setHeader(LIST_UNSUBSCRIBE, "<" + content.unsubscribeUrl() + ">");
                mime.setHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
            }
        } catch (AddressException e) {
            throw new PermanentFailure("not a deliverable address: " + e.getMessage());
        }
        try {
            server.send(mime);
        } catch (SendFailedException e) {
            if (addressRejected(e)) {
                String refused = "the mail server refused the address: " + e.getMessage();
                tell(new MailOutcome(message.idempotencyKey(), message.dealId(), MailOutcome.Result.BOUNCED, refused));
                throw new PermanentFailure(refused);
            }
            throw e;
        }
        sent(message);
    }

    /** A bounce was told as such when the server refused it; its giving-up comes after and changes nothing for its readers. */
    @Override
    public void gaveUp(PendingMessage message, String reason) {
        tell(new MailOutcome(message.idempotencyKey(), message.dealId(), MailOutcome.Result.FAILED, reason));
    }

    private void sent(PendingMessage message) {
        tell(new MailOutcome(message.idempotencyKey(), message.dealId(), MailOutcome.Result.SENT, null));
    }

    /** A listener's failure must not count as the e-mail's: a sent e-mail would be sent again. */
    private void tell(MailOutcome outcome) {
        try {
            events.publishEvent(outcome);
        } catch (RuntimeException e) {
            log.warn("E-mail {}: its outcome {} was not recorded: {}", outcome.idempotencyKey(), outcome.result(), e.toString());
        }
    }

    /**
     * Asked again now, not when they were queued: an unsubscribe stops the marketing e-mails already
     * waiting too. One read for the whole batch.
     */
    @Override
    public Map<Long, String> refusals(List<PendingMessage> batch) {
        MarketingConsent contacts = consent.getIfAvailable();
        if (contacts == null) {
            return Map.of();
        }
        Map<Long, Long> contactOfMessage = new HashMap<>();
        batch.forEach(message -> MarketingRecipient.of(json, message.payload()).ifPresent(contact -> contactOfMessage.put(message.id(), contact)));
        if (contactOfMessage.isEmpty()) {
            return Map.of();
        }
        Set<Long> unsubscribed = contacts.unsubscribedAmong(new HashSet<>(contactOfMessage.values()));
        Map<Long, String> refused = new HashMap<>();
        for (PendingMessage message : batch) {
            Long contact = contactOfMessage.get(message.id());
            if (contact != null && unsubscribed.contains(contact)) {
                String reason = "contact " + contact + " has unsubscribed";
                tell(new MailOutcome(message.idempotencyKey(), message.dealId(), MailOutcome.Result.SKIPPED, reason));
                refused.put(message.id(), reason);
            }
        }
        return refused;
    }

    /** HTML and text together travel as multipart/alternative: the reader's client shows the one it can. */
    private static void setBody(MimeMessage mime, MimeMessageHelper helper, MailContent content) throws MessagingException {
        if (content.hasHtml() && content.hasText()) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(content.text(), "plain"));
            alternative.addBodyPart(part(content.html(), "html"));
            mime.setContent(alternative);
        } else if (content.hasHtml()) {
            helper.setText(content.html(), true);
        } else {
            helper.setText(content.text() == null ? "" : content.text(), false);
        }
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, "UTF-8", subtype);
        return part;
    }

    private SmtpConnections connections() {
        SmtpConnections current = connections;
        if (current == null) {
            synchronized (this) {
                if (connections == null) {
                    connections = new SmtpConnections(smtp.getObject());
                }
                current = connections;
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        if (connections != null) {
            connections.close();
        }
    }

    /** The server answered 5xx for the recipients (an address that will never work). */
    private static boolean addressRejected(SendFailedException sendFailed) {
        return sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0
                && (sendFailed.getValidSentAddresses() == null || sendFailed.getValidSentAddresses().length == 0)
                && (sendFailed.getValidUnsentAddresses() == null || sendFailed.getValidUnsentAddresses().length == 0);
    }

    private MailContent read(PendingMessage message) {
        try {
            return json.readValue(message.payload(), MailContent.class);
        } catch (JsonProcessingException e) {
            throw new PermanentFailure("the stored e-mail is not readable: " + e.getOriginalMessage());
        }
    }
}
