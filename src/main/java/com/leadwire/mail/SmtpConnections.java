package com.leadwire.mail;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.ClassUtils;

/**
 * One open SMTP connection per outbox sender thread, reused from message to message: opening a
 * connection costs ~50 ms on loopback, sending over an open one ~2 ms. A connection the server
 * closed meanwhile is noticed at the next send, which then goes once more over a new one.
 */
final class SmtpConnections implements AutoCloseable {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final JavaMailSenderImpl smtp;
    private final ThreadLocal<Transport> ofThisThread = new ThreadLocal<>();
    private final Set<Transport> open = ConcurrentHashMap.newKeySet();

    SmtpConnections(JavaMailSenderImpl smtp) {
        this.smtp = smtp;
        nameTheStreamProvider();
    }

    /**
     * Jakarta Mail looks up its stream provider with a ServiceLoader for every encoded header and
     * body part (jakartaee/mail-api#861), which in the packaged jar searches every nested jar:
     * measured, half of the CPU of sending a message. Naming the implementation skips the search.
     */
    private static void nameTheStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, SmtpConnections.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    MimeMessage newMessage() {
        return smtp.createMimeMessage();
    }

    void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport reused = ofThisThread.get();
        // no isConnected() check: it costs a NOOP round trip per message; a dead connection fails the send instead
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                return;
            } catch (jakarta.mail.SendFailedException refused) {
                throw refused;
            } catch (MessagingException stale) {
                drop(reused);
            }
        }
        Transport fresh = connect();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException failure) {
            drop(fresh);
            throw failure;
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        ofThisThread.set(transport);
        open.add(transport);
        return transport;
    }

    private void drop(Transport transport) {
        ofThisThread.remove();
        open.remove(transport);
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // it is being dropped because it no longer works
        }
    }

    @Override
    public void close() {
        open.forEach(this::drop);
    }
}
