package com.leadwire.automation.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadwire.automation.AutomationSwitch;
import com.leadwire.automation.RuleAction;
import com.leadwire.automation.RuleConditions;
import com.leadwire.automation.RuleDefinition;
import com.leadwire.automation.RuleTrigger;
import com.leadwire.automation.Rules;
import com.leadwire.automation.TriggerType;
import com.leadwire.automation.sequences.FollowUpView.EmailStatus;
import com.leadwire.automation.sequences.FollowUpView.Status;
import com.leadwire.automation.sequences.FollowUpView.StopReason;
import com.leadwire.automation.timers.Timers;
import com.leadwire.mail.MailOutcome;
import com.leadwire.mail.MailTemplateDraft;
import com.leadwire.mail.MailTemplates;
import com.leadwire.pipeline.PaymentStatus;
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
import com.leadwire.testsupport.SignedPayloads;
import com.leadwire.testsupport.TestRules;
import com.leadwire.testsupport.TestSmtp;
import com.leadwire.testsupport.Unique;

import jakarta.mail.internet.MimeMessage;

/**
 * Follow-up sequences end to end, with real SMTP and the test clock: a rule starts one for a new
 * deal's contact, its e-mails go out in order a delay apart (discount in the body, BCC), and it
 * stops when the deal moves, is won, its payment succeeds, a rule stops it, or automation is off
 * when an e-mail falls due; a refused recipient reads as bounced. Run on H2 and on MariaDB.
 */
abstract class FollowUpsContract extends IntegrationTestSupport {

    private static final String PAYMENT_SECRET = "segredo-de-pagamento-follow-up";

    @Autowired
    MovableClock clock;

    @Autowired
    Timers timers;

    @Autowired
    Rules rules;

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
    AutomationSwitch automation;

    @Autowired
    ApplicationEventPublisher events;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Long> createdRules = new ArrayList<>();

    @AfterEach
    void deleteRules() {
        createdRules.forEach(id -> rules.delete(id, "test"));
        if (!automation.isOn()) {
            automation.turn(true, "test");
        }
    }

    /** A pipeline Espera → Seguinte → Ganho / Perdido, a source into Espera, a template and a sequence started by a rule on new deals from it. */
    private record Place(PipelineView pipeline, String source, SequenceView sequence) {

        long stage(String name) {
            return pipeline.stages().stream().filter(stage -> stage.name().equals(name)).findFirst().orElseThrow().id();
        }
    }

    private Place place(SourceKind kind, String bcc, SequenceEmail... emails) {
        PipelineView pipeline = pipelines.create(Unique.key("Follow"), List.of(new StageDraft("Espera", StageKind.OPEN),
                new StageDraft("Seguinte", StageKind.OPEN), new StageDraft("Ganho", StageKind.WON), new StageDraft("Perdido", StageKind.LOST)));
        String source = Unique.key("follow");
        long waiting = pipeline.stages().get(0).id();
        if (kind == SourceKind.PAYMENT) {
            pipelines.setPaymentStage(pipeline.id(), PaymentStatus.NEW, waiting);
            pipelines.setPaymentStage(pipeline.id(), PaymentStatus.SUCCEEDED, pipeline.stages().get(2).id());
            sources.create(new SourceDraft(SourceKind.PAYMENT, source, "Loja " + source, pipeline.id(), null, null, PAYMENT_SECRET, "{}",
                    List.of()), "test");
        } else {
            sources.create(new SourceDraft(SourceKind.API, source, "Follow " + source, pipeline.id(), waiting, null, null, "{}", List.of()),
                    "test");
        }
        SequenceView sequence = sequences.create(new SequenceDraft(Unique.key("Carrinho"), List.of(emails), bcc), "test");
        startOnNewDeals(source, sequence.id());
        return new Place(pipeline, source, sequence);
    }

    private String template() {
        String name = Unique.key("Follow-up");
        templates.create(new MailTemplateDraft(name, "pt-BR", "Passo {{sequence.step}} de {{sequence.name}}",
                "<p>Olá {{contact.name}}, {{sequence.discount}}% de desconto</p>", null, false));
        return name;
    }

    private long rule(String name, String source, RuleAction action) {
        long id = rules.create(new RuleDefinition(name, null, true, RuleTrigger.of(TriggerType.DEAL_CREATED),
                new RuleConditions(List.of(TestRules.sourceIs(source)), List.of()), List.of(action)), "test").id();
        createdRules.add(id);
        return id;
    }

    private void startOnNewDeals(String source, long sequenceId) {
        rule("Começa follow-up", source, RuleAction.sequence(RuleAction.Type.START_SEQUENCE, sequenceId));
    }

    private Http api() {
        return ApiClient.authenticated(baseUrl());
    }

    private long newDeal(String source, String email) throws Exception {
        HttpResponse<String> created = api().postJson("/api/v1/deals", ApiClient.dealJson(source, email, "Maria Follow", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("dealId").asLong();
    }

    private void pay(String source, String paymentId, String status, String email) {
        String body = SignedPayloads.genericPaymentEvent(Unique.key("evt"), paymentId, status, email, "Cliente", "Curso");
        HttpResponse<String> answer = new Http(baseUrl()).header("X-Signature", SignedPayloads.genericSignature(PAYMENT_SECRET, body))
                .postJson("/api/v1/payments/generic/" + source, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private void move(long dealId, long stageId) {
        HttpResponse<String> moved = api().postJson("/api/v1/deals/" + dealId + "/move", "{\"stageId\": " + stageId + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    private FollowUpView only(long dealId) {
        List<FollowUpView> found = followUps.ofDeal(dealId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private void pass(Duration time) {
        clock.advance(time);
        timers.fireDue();
    }

    /** The e-mails the address received, once each (GreenMail keeps a copy per recipient: one per Message-ID counts). */
    private static List<MimeMessage> received(String address) {
        Map<String, MimeMessage> byMessageId = new LinkedHashMap<>();
        TestSmtp.receivedBy(address).forEach(message -> byMessageId.putIfAbsent(TestSmtp.header(message, "Message-ID"), message));
        return List.copyOf(byMessageId.values());
    }

    private static String body(MimeMessage message) {
        try {
            message.getContent();
            return new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(message -> {
            try {
                return message.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void threeEmailsGoOutInOrderADelayApartWithTheirDiscountAndTheBccThenItCompletes() throws Exception {
        String template = template();
        String bcc = Unique.email("copia");
        Place place = place(SourceKind.API, bcc, new SequenceEmail(template, "PT1M", new BigDecimal("10")),
                new SequenceEmail(template, "PT1H", new BigDecimal("15")), new SequenceEmail(template, "PT2H", null));
        String email = Unique.email("lead");
        long deal = newDeal(place.source(), email);
        String name = place.sequence().name();

        FollowUpView started = only(deal);
        assertThat(started.status()).isEqualTo(Status.ACTIVE);
        assertThat(started.emails()).isEmpty();
        pass(Duration.ofSeconds(30));
        assertThat(only(deal).emails()).as("not due before its delay").isEmpty();

        pass(Duration.ofSeconds(31));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(email).size() == 1);
        assertThat(body(received(email).get(0))).contains("10% de desconto");
        pass(Duration.ofMinutes(59));
        assertThat(received(email)).as("the second waits an hour after the first").hasSize(1);
        pass(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(email).size() == 2);
        pass(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(email).size() == 3);

        List<MimeMessage> received = received(email);
        assertThat(subjects(received)).containsExactly("Passo 1 de " + name, "Passo 2 de " + name, "Passo 3 de " + name);
        assertThat(body(received.get(1))).contains("15% de desconto");
        assertThat(body(received.get(2))).contains("Olá Maria Follow, % de desconto");
        assertThat(subjects(TestSmtp.deliveredTo(bcc))).containsExactly("Passo 1 de " + name, "Passo 2 de " + name, "Passo 3 de " + name);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(only(deal).emails())
                .extracting(FollowUpView.Email::status).containsExactly(EmailStatus.SENT, EmailStatus.SENT, EmailStatus.SENT));
        FollowUpView done = only(deal);
        assertThat(done.status()).isEqualTo(Status.COMPLETED);
        assertThat(done.emails()).extracting(FollowUpView.Email::recipient).containsOnly(email);

        JsonNode listed = json.readTree(api().get("/api/v1/deals/" + deal + "/follow-ups").body());
        assertThat(listed.get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(listed.get(0).get("emails").get(2).get("status").asText()).isEqualTo("SENT");
        String timeline = api().get("/api/v1/deals/" + deal + "/timeline").body();
        assertThat(timeline).contains("Follow-up sequence '" + name + "' started by rule 'Começa follow-up'")
                .contains("e-mail 3 'Passo 3 de " + name + "'").contains("Follow-up sequence '" + name + "' completed");
    }

    @Test
    void startingASequenceTheContactAlreadyFollowsDoesNothing() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT1H", null));
        String email = Unique.email("duas-vezes");
        long first = newDeal(place.source(), email);
        long second = newDeal(place.source(), email);

        assertThat(only(first).status()).isEqualTo(Status.ACTIVE);
        assertThat(followUps.ofDeal(second)).isEmpty();
        assertThat(followUps.ofContact(only(first).contactId())).hasSize(1);
    }

    @Test
    void itStopsWhenTheDealMovesOrIsWonAndNothingMoreIsSent() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null), new SequenceEmail(template(), "PT10M", null));
        String movedAway = Unique.email("movido");
        String won = Unique.email("ganho");
        long moved = newDeal(place.source(), movedAway);
        long winning = newDeal(place.source(), won);

        move(moved, place.stage("Seguinte"));
        move(winning, place.stage("Ganho"));
        pass(Duration.ofMinutes(30));

        assertThat(only(moved).status()).isEqualTo(Status.STOPPED);
        assertThat(only(moved).stopReason()).isEqualTo(StopReason.DEAL_MOVED);
        assertThat(only(winning).stopReason()).isEqualTo(StopReason.DEAL_WON);
        assertThat(only(moved).emails()).isEmpty();
        assertThat(received(movedAway)).isEmpty();
        assertThat(received(won)).isEmpty();
        assertThat(api().get("/api/v1/deals/" + winning + "/timeline").body()).contains("stopped: DEAL_WON");
    }

    @Test
    void itStopsWhenThePaymentSucceeds() throws Exception {
        Place place = place(SourceKind.PAYMENT, null, new SequenceEmail(template(), "PT10M", null), new SequenceEmail(template(), "PT10M", null));
        String email = Unique.email("pagante");
        String payment = Unique.key("pay");
        pay(place.source(), payment, "new", email);
        long deal = jdbc.queryForObject("SELECT id FROM deal WHERE external_ref = ?", Long.class, place.source() + ":" + payment);
        pass(Duration.ofMinutes(11));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(email).size() == 1);

        pay(place.source(), payment, "succeeded", email);
        pass(Duration.ofMinutes(11));

        FollowUpView followUp = only(deal);
        assertThat(followUp.stopReason()).isEqualTo(StopReason.PAYMENT_SUCCEEDED);
        assertThat(followUp.emails()).hasSize(1);
        assertThat(received(email)).hasSize(1);
    }

    @Test
    void aRuleStopsTheContactsSequences() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null));
        String stopping = Unique.key("para");
        sources.create(new SourceDraft(SourceKind.API, stopping, "Para " + stopping, place.pipeline().id(), place.stage("Espera"), null, null,
                "{}", List.of()), "test");
        rule("Para follow-ups", stopping, RuleAction.sequence(RuleAction.Type.STOP_SEQUENCE, null));
        String email = Unique.email("parado");
        long deal = newDeal(place.source(), email);

        newDeal(stopping, email);
        pass(Duration.ofMinutes(11));

        assertThat(only(deal).stopReason()).isEqualTo(StopReason.STOPPED_BY_RULE);
        assertThat(only(deal).stoppedBy()).isEqualTo("rule 'Para follow-ups'");
        assertThat(received(email)).isEmpty();
    }

    @Test
    void aContactThatHasUnsubscribedGetsNothingMoreAndTheSequenceStops() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null), new SequenceEmail(template(), "PT10M", null));
        String email = Unique.email("saiu");
        long deal = newDeal(place.source(), email);
        pass(Duration.ofMinutes(11));
        await().atMost(Duration.ofSeconds(20)).until(() -> received(email).size() == 1);

        jdbc.update("UPDATE contact SET unsubscribed = TRUE WHERE id = ?", only(deal).contactId());
        pass(Duration.ofMinutes(11));

        FollowUpView followUp = only(deal);
        assertThat(followUp.stopReason()).isEqualTo(StopReason.UNSUBSCRIBED);
        assertThat(followUp.emails()).hasSize(1);
        assertThat(received(email)).hasSize(1);
    }

    @Test
    void unsubscribingStopsTheContactsFollowUpsAtOnceAndErasingTheContactRemovesThem() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null));
        String email = Unique.email("cancela");
        long deal = newDeal(place.source(), email);
        long contact = only(deal).contactId();

        HttpResponse<String> unsubscribed = api().postJson("/api/v1/contacts/" + contact + "/unsubscribe", "");
        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);
        assertThat(only(deal).stopReason()).isEqualTo(StopReason.UNSUBSCRIBED);
        assertThat(json.readTree(api().get("/api/v1/contacts/" + contact + "/export").body()).get("followUps")).hasSize(1);

        HttpResponse<String> erased = api().delete("/api/v1/contacts/" + contact);
        assertThat(erased.statusCode()).as(erased.body()).isIn(200, 204);
        assertThat(followUps.ofContact(contact)).isEmpty();
    }

    @Test
    void aMergeTakesTheRetiredContactsFollowUpsToTheSurvivorStopsTheOnesItAlreadyFollowsAndItsUnsubscribeStopsTheRest()
            throws Exception {
        Place shared = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null));
        Place other = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null));
        String retiredEmail = Unique.email("mescla-de");
        long survivorDeal = newDeal(shared.source(), Unique.email("mescla-para"));
        long sameSequenceDeal = newDeal(shared.source(), retiredEmail);
        long otherSequenceDeal = newDeal(other.source(), retiredEmail);
        long survivor = only(survivorDeal).contactId();
        long retired = only(sameSequenceDeal).contactId();

        HttpResponse<String> merged = api().postJson("/api/v1/contacts/merge", "{\"into\": " + survivor + ", \"from\": " + retired + "}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode merge = json.readTree(merged.body());
        assertThat(merge.get("movedRows").get("FOLLOW_UP")).extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(only(sameSequenceDeal).id(), only(otherSequenceDeal).id());
        assertThat(followUps.ofContact(retired)).isEmpty();
        assertThat(only(sameSequenceDeal).stopReason()).as("the survivor follows that sequence already: one person, one follow-up")
                .isEqualTo(StopReason.MERGED);
        assertThat(only(otherSequenceDeal).status()).isEqualTo(FollowUpView.Status.ACTIVE);
        assertThat(only(survivorDeal).status()).isEqualTo(FollowUpView.Status.ACTIVE);

        HttpResponse<String> undone = api().postJson("/api/v1/contacts/merges/" + merge.get("id").asLong() + "/undo", "");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(followUps.ofContact(retired)).extracting(FollowUpView::dealId).containsExactlyInAnyOrder(sameSequenceDeal, otherSequenceDeal);

        HttpResponse<String> mergedAgain = api().postJson("/api/v1/contacts/merge", "{\"into\": " + survivor + ", \"from\": " + retired + "}");
        assertThat(mergedAgain.statusCode()).as(mergedAgain.body()).isEqualTo(201);
        HttpResponse<String> unsubscribed = api().postJson("/api/v1/contacts/" + survivor + "/unsubscribe", "");
        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);
        assertThat(only(otherSequenceDeal).stopReason()).as("the follow-up that came with the merge").isEqualTo(StopReason.UNSUBSCRIBED);
        assertThat(only(survivorDeal).stopReason()).isEqualTo(StopReason.UNSUBSCRIBED);
    }

    @Test
    void withAutomationOffTheDueEmailIsSkippedAndTheSequenceStops() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT10M", null), new SequenceEmail(template(), "PT10M", null));
        String email = Unique.email("desligado");
        long deal = newDeal(place.source(), email);

        automation.turn(false, "test");
        pass(Duration.ofMinutes(11));
        automation.turn(true, "test");
        pass(Duration.ofMinutes(11));

        FollowUpView followUp = only(deal);
        assertThat(followUp.stopReason()).isEqualTo(StopReason.AUTOMATION_OFF);
        assertThat(followUp.emails()).extracting(FollowUpView.Email::status).containsExactly(EmailStatus.SKIPPED);
        assertThat(received(email)).isEmpty();
    }

    @Test
    void anEmailWhoseRecipientTheServerRefusedReadsAsBounced() throws Exception {
        Place place = place(SourceKind.API, null, new SequenceEmail(template(), "PT1M", null), new SequenceEmail(template(), "PT1H", null));
        long deal = newDeal(place.source(), Unique.email("recusado"));
        pass(Duration.ofMinutes(2));
        String key = StepKey.of(only(deal).id(), 1);

        // what the mail sender tells when the SMTP server answers 5xx to the recipient (MailOutboxSenderRefusalTests)
        events.publishEvent(new MailOutcome(key, deal, MailOutcome.Result.BOUNCED, "the mail server refused the address: 550"));
        events.publishEvent(new MailOutcome(key, deal, MailOutcome.Result.FAILED, "the mail server refused the address: 550"));

        FollowUpView.Email first = only(deal).emails().get(0);
        assertThat(first.status()).isEqualTo(EmailStatus.BOUNCED);
        assertThat(first.detail()).contains("refused");
    }
}
