package com.leadwire.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.sequences.FollowUpView;
import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.sequences.FollowUps;
import com.leadwire.automation.sequences.SequenceDraft;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.Sequences;
import com.leadwire.automation.timers.Timers;
import com.leadwire.automation.webhooks.WebhookDraft;
import com.leadwire.automation.webhooks.WebhookEvent;
import com.leadwire.automation.webhooks.WebhookSubscriptions;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PipelineView;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.pipeline.SourceDraft;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.Sources;
import com.leadwire.pipeline.StageDraft;
import com.leadwire.pipeline.StageKind;
import com.leadwire.testsupport.ApiClient;
import com.leadwire.testsupport.Http;
import com.leadwire.testsupport.IntegrationTestSupport;
import com.leadwire.testsupport.MovableClock;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.TestWebhookReceiver;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * What the lead-group contracts share: pipelines, sources, templates and sequences of their own,
 * groups deleted and default groups restored after each test, the test clock and the e-mails a
 * contact received of one template.
 */
abstract class LeadGroupTestSupport extends IntegrationTestSupport {

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    LeadGroups groups;

    @Autowired
    Sequences sequences;

    @Autowired
    FollowUps followUps;

    @Autowired
    MailTemplates templates;

    @Autowired
    Pipelines pipelines;

    @Autowired
    Sources sources;

    @Autowired
    WebhookSubscriptions webhooks;

    final ObjectMapper json = new ObjectMapper();
    final List<Long> createdGroups = new ArrayList<>();
    final List<TestWebhookReceiver> receivers = new ArrayList<>();
    private final List<Long> createdWebhooks = new ArrayList<>();
    private final Map<Long, LeadGroupDraft> defaultsBefore = new LinkedHashMap<>();

    @AfterEach
    void cleanUp() {
        createdGroups.forEach(id -> groups.find(id).ifPresent(group -> groups.delete(id, "test")));
        defaultsBefore.forEach((id, draft) -> groups.update(id, draft, "test"));
        createdWebhooks.forEach(id -> webhooks.delete(id, "test"));
        receivers.forEach(TestWebhookReceiver::close);
    }

    /** A webhook subscription deleted after the test. */
    long webhook(String url, boolean active) {
        long id = webhooks.create(new WebhookDraft(Unique.key("ILN"), null, url, Set.of(WebhookEvent.CONTACT_CREATED), active), null, "test")
                .subscription().id();
        createdWebhooks.add(id);
        return id;
    }

    // --- fixtures -------------------------------------------------------------------------------

    Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    /** A pipeline of its own (no demo rule writes to its contacts) and an API source into its first stage. */
    String apiSource() {
        PipelineView pipeline = pipelines.create(Unique.key("Grupos"), List.of(new StageDraft("Espera", StageKind.OPEN),
                new StageDraft("Ganho", StageKind.WON), new StageDraft("Perdido", StageKind.LOST)));
        String source = Unique.key("grupos");
        sources.create(new SourceDraft(SourceKind.API, source, "Grupos " + source, pipeline.id(), pipeline.stages().get(0).id(), null, null,
                "{}", List.of()), "test");
        return source;
    }

    String template() {
        String name = Unique.key("Grupo");
        templates.create(new MailTemplateDraft(name, "pt-BR", name + " passo {{sequence.step}}",
                "<p>Olá {{contact.name}}, {{sequence.discount}}% de desconto</p>", null, false));
        return name;
    }

    /** A sequence of e-mails of one template ({@code subject}: "<template> passo N"), each {@code delay} after the previous one. */
    long sequence(String template, String delay, int emails, String discount) {
        List<SequenceEmail> steps = new ArrayList<>();
        for (int i = 0; i < emails; i++) {
            steps.add(new SequenceEmail(template, delay, discount == null ? null : new BigDecimal(discount)));
        }
        return sequences.create(new SequenceDraft(Unique.key("Seq"), steps, null), "test").id();
    }

    LeadGroupDraft group(String product, List<Long> sequenceIds, int priority) {
        return new LeadGroupDraft(Unique.key("Grupo"), null, LeadGroupStatus.ACTIVE, null, LeadSource.ALL, sequenceIds, null, null, priority,
                List.of(product), null, null, true, null, null);
    }

    LeadGroupView create(LeadGroupDraft draft) {
        LeadGroupView created = groups.create(draft, "test");
        createdGroups.add(created.id());
        return created;
    }

    /** A default group, switched to this draft for the test and back afterwards. */
    LeadGroupView changeDefault(LeadSource source, java.util.function.UnaryOperator<LeadGroupDraft> change) {
        LeadGroupView group = groups.all().stream().filter(each -> each.kind() == LeadGroupKind.DEFAULT && each.source() == source)
                .findFirst().orElseThrow();
        defaultsBefore.putIfAbsent(group.id(), group.draft());
        return groups.update(group.id(), change.apply(group.draft()), "test");
    }

    long newDeal(String source, String email, String product, String language, String country, String fieldsJson) throws Exception {
        String body = """
                {"source": "%s", "contact": {"email": "%s", "name": "Lia Grupo"%s%s},
                 "deal": {"products": ["%s"], "fields": %s}}""".formatted(source, email,
                language == null ? "" : ", \"language\": \"" + language + "\"", country == null ? "" : ", \"country\": \"" + country + "\"",
                product, fieldsJson == null ? "{}" : fieldsJson);
        return ok(api().postJson("/api/v1/deals", body), 201).get("dealId").asLong();
    }

    void pass(Duration time) {
        clock.advance(time);
        timers.fireDue();
    }

    Long groupOf(long dealId) {
        List<Long> found = jdbc.queryForList("SELECT group_id FROM lead_member WHERE deal_id = ?", Long.class, dealId);
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    FollowUpView onlyFollowUp(long dealId) {
        List<FollowUpView> found = followUps.ofDeal(dealId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The e-mails the address received whose subject starts with the template's name, once each. */
    static List<MimeMessage> received(String address, String template) {
        Map<String, MimeMessage> byMessageId = new LinkedHashMap<>();
        TestSmtp.receivedBy(address).stream().filter(message -> subject(message).startsWith(template))
                .forEach(message -> byMessageId.putIfAbsent(TestSmtp.header(message, "Message-ID"), message));
        return List.copyOf(byMessageId.values());
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            message.getContent();
            return new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
