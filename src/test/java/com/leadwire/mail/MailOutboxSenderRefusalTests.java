package com.leadwire.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.OutboxSender;
import com.leadwire.outbox.PendingMessage;

/**
 * An SMTP server that answers 550 to the recipient (GreenMail accepts every one): the sender gives
 * the e-mail up for good and tells it as BOUNCED; one it sends is told as SENT.
 */
class MailOutboxSenderRefusalTests {

    private final ObjectMapper json = new ObjectMapper();
    private final List<MailOutcome> told = new CopyOnWriteArrayList<>();
    private final ServerSocket server = listening();
    private MailOutboxSender sender;

    @AfterEach
    void close() throws IOException {
        sender.destroy();
        server.close();
    }

    private static ServerSocket listening() {
        try {
            return new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One conversation: every command is accepted but RCPT, answered {@code rcptReply}. */
    private void answerRecipientWith(String rcptReply) {
        Thread conversation = new Thread(() -> {
            try (Socket client = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                out.print("220 refusing.test ESMTP\r\n");
                out.flush();
                boolean inData = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String reply;
                    if (inData) {
                        if (!line.equals(".")) {
                            continue;
                        }
                        inData = false;
                        reply = "250 queued";
                    } else if (line.toUpperCase().startsWith("RCPT")) {
                        reply = rcptReply;
                    } else if (line.toUpperCase().startsWith("DATA")) {
                        inData = true;
                        reply = "354 go on";
                    } else if (line.toUpperCase().startsWith("QUIT")) {
                        out.print("221 bye\r\n");
                        out.flush();
                        return;
                    } else {
                        reply = "250 ok";
                    }
                    out.print(reply + "\r\n");
                    out.flush();
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        conversation.setDaemon(true);
        conversation.start();
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(server.getLocalPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("smtp", smtp);
        sender = new MailOutboxSender(beans.getBeanProvider(JavaMailSenderImpl.class),
                new DevMailbox(new MailProperties("x@y.zz", null, 2), "127.0.0.1"), new MailProperties("Leadwire <no-reply@leadwire.test>", null, 2),
                json, event -> told.add((MailOutcome) event), beans.getBeanProvider(MarketingConsent.class));
    }

    private PendingMessage mail(String key) throws Exception {
        String payload = json.writeValueAsString(new MailContent(List.of("ninguem@example.com"), List.of(), "Oi", "Olá", null));
        return new PendingMessage(1, OutboxChannel.MAIL, key, "ninguem@example.com", payload, 1, 7L, null, Instant.now());
    }

    @Test
    void aRecipientTheServerRefusesIsABounceAndAPermanentFailure() throws Exception {
        answerRecipientWith("550 5.1.1 no such user");

        assertThatThrownBy(() -> sender.send(mail("follow-up-1:step-1"))).isInstanceOf(OutboxSender.PermanentFailure.class)
                .hasMessageContaining("refused the address");
        assertThat(told).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(MailOutcome.Result.BOUNCED);
            assertThat(outcome.idempotencyKey()).isEqualTo("follow-up-1:step-1");
            assertThat(outcome.dealId()).isEqualTo(7L);
        });
    }

    @Test
    void aSentEmailIsToldAsSent() throws Exception {
        answerRecipientWith("250 ok");

        sender.send(mail("follow-up-2:step-1"));

        assertThat(told).singleElement().satisfies(outcome -> assertThat(outcome.result()).isEqualTo(MailOutcome.Result.SENT));
    }
}
