package com.leadwire.automation.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.leadwire.testsupport.PackagedApp;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * A node is killed (kill -9) between two e-mails of a follow-up: the packaged jar as an operator
 * runs it, sending to a real SMTP server, with a sequence of two e-mails 20 s apart. Once the first
 * has left and the sender has said so, the process is killed; the next start on the same database
 * sends the second e-mail once, and the first is not sent again. Run on the embedded default (H2
 * in files) and on MariaDB.
 */
abstract class FollowUpRestartContract {

    private static final Duration SECOND_DELAY = Duration.ofSeconds(20);

    private final ObjectMapper json = new ObjectMapper();
    private GreenMail smtp;
    private PackagedApp app;

    /** What the jar is started with besides the SMTP server: the database. */
    abstract List<String> databaseArguments();

    @BeforeEach
    void smtpServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopEverything() {
        if (app != null && app.isAlive()) {
            app.kill9();
        }
        smtp.stop();
    }

    @Test
    void aRestartBetweenTwoFollowUpEmailsSendsTheNextOneOnce(@TempDir Path folder) throws Exception {
        app = start(folder);
        String email = Unique.email("reinicio");
        String sequence = Unique.key("Reinicio");
        long deal = followUpStartedFor(email, sequence);
        await("the first e-mail sent and told").atMost(Duration.ofMinutes(1)).until(() -> emailStatuses(deal).equals(List.of("SENT")));
        assertThat(followUpsTo(email, sequence)).containsExactly("Passo 1 de " + sequence);

        app.kill9();
        app = start(folder);

        await("the second e-mail at the SMTP server").atMost(Duration.ofMinutes(2)).until(() -> followUpsTo(email, sequence).size() == 2);
        await("the follow-up completed").atMost(Duration.ofMinutes(1))
                .until(() -> emailStatuses(deal).equals(List.of("SENT", "SENT")) && "COMPLETED".equals(followUp(deal).get("status").asText()));
        await("nothing more arrives").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> followUpsTo(email, sequence).size() == 2);
        assertThat(followUpsTo(email, sequence)).containsExactly("Passo 1 de " + sequence, "Passo 2 de " + sequence);
    }

    private PackagedApp start(Path folder) {
        List<String> arguments = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort()));
        arguments.addAll(databaseArguments());
        return PackagedApp.start(folder, arguments.toArray(String[]::new)).awaitReady();
    }

    /** A template, a sequence of two e-mails (a second after the start, then 20 s later), a rule starting it on new deals with a marker, and such a deal. */
    private long followUpStartedFor(String email, String sequence) throws Exception {
        String template = Unique.key("Modelo");
        created(app.api().postJson("/api/v1/templates", """
                {"name": "%s", "language": "pt-BR", "subject": "Passo {{sequence.step}} de {{sequence.name}}",
                 "html": "<p>Oi {{contact.name}}</p>", "text": "Oi", "transactional": false}""".formatted(template)));
        long sequenceId = created(app.api().postJson("/api/v1/sequences", """
                {"name": "%s", "emails": [{"template": "%s", "delay": "PT1S", "discountPercent": null},
                                          {"template": "%s", "delay": "%s", "discountPercent": null}], "bcc": null}"""
                .formatted(sequence, template, template, SECOND_DELAY))).get("id").asLong();
        String marker = Unique.key("reinicio");
        created(app.api().postJson("/api/v1/rules", """
                {"name": "%s", "enabled": true, "trigger": {"type": "DEAL_CREATED"},
                 "conditions": {"all": [{"field": "deal.fields.marker", "op": "EQUALS", "value": "%s"}], "any": []},
                 "actions": [{"type": "START_SEQUENCE", "sequenceId": %d}]}""".formatted(Unique.key("Segue"), marker, sequenceId)));
        return created(app.api().postJson("/api/v1/deals", """
                {"contact": {"email": "%s", "name": "Reinício"}, "deal": {"fields": {"marker": "%s"}}}""".formatted(email, marker)))
                .get("dealId").asLong();
    }

    private JsonNode created(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body());
    }

    private JsonNode followUp(long deal) throws Exception {
        HttpResponse<String> answer = app.api().get("/api/v1/deals/" + deal + "/follow-ups");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode followUps = json.readTree(answer.body());
        assertThat(followUps).hasSize(1);
        return followUps.get(0);
    }

    private List<String> emailStatuses(long deal) throws Exception {
        List<String> statuses = new ArrayList<>();
        followUp(deal).get("emails").forEach(sent -> statuses.add(sent.get("status").asText()));
        return statuses;
    }

    /** The subjects of the sequence's e-mails the server received for the address, in order of arrival (the demo data sends others). */
    private List<String> followUpsTo(String address, String sequence) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> TestSmtp.header(message, "To").contains(address))
                .map(FollowUpRestartContract::subject).filter(subject -> subject.endsWith(" de " + sequence)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
